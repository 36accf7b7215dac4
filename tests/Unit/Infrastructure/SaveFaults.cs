using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>
/// Faults injected into the server's database work: a rule sees each context right after a successful
/// SaveChanges (the rows are written, the transaction not yet committed) and may throw, as a later step failing
/// would. Rules are removed by disposing what <see cref="Add"/> returns.
/// </summary>
public sealed class SaveFaults
{
    private readonly Lock gate = new();
    private readonly List<Action<DbContext>> rules = [];

    public IDisposable Add(Action<DbContext> rule)
    {
        lock (gate)
        {
            rules.Add(rule);
        }

        return new Removal(this, rule);
    }

    internal void Check(DbContext context)
    {
        Action<DbContext>[] current;
        lock (gate)
        {
            current = [.. rules];
        }

        foreach (var rule in current)
        {
            rule(context);
        }
    }

    private sealed class Removal(SaveFaults owner, Action<DbContext> rule) : IDisposable
    {
        public void Dispose()
        {
            lock (owner.gate)
            {
                owner.rules.Remove(rule);
            }
        }
    }

    /// <summary>The server's context factory with every context watched by <see cref="SaveFaults"/>.</summary>
    internal sealed class Factory(IDbContextFactory<StudioDbContext> inner, SaveFaults faults) : IDbContextFactory<StudioDbContext>
    {
        public StudioDbContext CreateDbContext()
        {
            var db = inner.CreateDbContext();
            db.SavedChanges += (sender, _) => faults.Check((DbContext)sender!);
            return db;
        }
    }
}
