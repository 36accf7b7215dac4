using Microsoft.EntityFrameworkCore;

namespace Studio.Domain.Persistence;

/// <summary>The embedded default database; migrations in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteStudioDbContext(DbContextOptions<SqliteStudioDbContext> options) : StudioDbContext(options);
