using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Studio.Domain.Persistence;

/// <summary>Every stored time is UTC: written as UTC, read back with the UTC kind (SQLite keeps no kind, and
/// Npgsql refuses unspecified kinds for timestamptz).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
