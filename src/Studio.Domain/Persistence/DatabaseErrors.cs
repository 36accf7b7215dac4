using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Studio.Domain.Common;

namespace Studio.Domain.Persistence;

/// <summary>Turns a refused database write into an <see cref="IntegrityException"/> with its reason, on both providers.</summary>
public static class DatabaseErrors
{
    public const string Unique = "A record with the same unique values already exists.";
    public const string ForeignKey = "The change conflicts with records referencing this one.";
    public const string NotNull = "A required field is missing.";
    public const string Integrity = "The data conflicts with database integrity rules.";
    public const string Format = "One of the provided values has an invalid format.";

    /// <summary>The refusal for a failed save, or null when the failure is not about the data sent.</summary>
    public static IntegrityException? Translate(DbUpdateException exception)
    {
        var message = exception.InnerException switch
        {
            SqliteException { SqliteErrorCode: 19 } e => e.SqliteExtendedErrorCode switch
            {
                2067 or 1555 => Unique,
                787 => ForeignKey,
                1299 => NotNull,
                _ => Integrity,
            },
            PostgresException e => e.SqlState switch
            {
                PostgresErrorCodes.UniqueViolation => Unique,
                PostgresErrorCodes.ForeignKeyViolation => ForeignKey,
                PostgresErrorCodes.NotNullViolation => NotNull,
                PostgresErrorCodes.CheckViolation => Integrity,
                PostgresErrorCodes.StringDataRightTruncation or PostgresErrorCodes.InvalidTextRepresentation
                    or PostgresErrorCodes.NumericValueOutOfRange or PostgresErrorCodes.InvalidDatetimeFormat => Format,
                _ => null,
            },
            _ => null,
        };
        return message is null ? null : new IntegrityException(message);
    }

    /// <summary>Saves, translating a refused write into an <see cref="IntegrityException"/>.</summary>
    public static async Task SaveAsync(StudioDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (Translate(exception) is { } error)
        {
            throw error;
        }
    }
}
