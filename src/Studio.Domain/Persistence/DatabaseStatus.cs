using Microsoft.EntityFrameworkCore;

namespace Studio.Domain.Persistence;

/// <summary>Whether the configured database answers (the status route's <c>database-up</c>).</summary>
public sealed class DatabaseStatus(IDbContextFactory<StudioDbContext> factory)
{
    public async Task<bool> IsUpAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken);
    }
}
