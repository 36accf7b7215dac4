using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Persistence;

namespace Studio.Domain.Persons;

/// <summary>
/// The signed-in person's own UI preferences. Anyone signed in reads and changes their own, and nobody else's; a person
/// who never chose gets the organisation's default (Zou's <c>dark_theme_by_default</c>).
/// </summary>
public sealed class PersonPreferencesService(IDbContextFactory<StudioDbContext> factory, TimeProvider clock)
{
    /// <summary>Whether <paramref name="actor"/> sees the dark theme.</summary>
    public async Task<bool> DarkThemeAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var chosen = await db.Set<PersonPreferences>().AsNoTracking().Where(p => p.PersonId == actor.PersonId)
            .Select(p => (bool?)p.DarkTheme).FirstOrDefaultAsync(cancellationToken);
        return chosen ?? await db.Set<Organisation>().AsNoTracking().Select(o => o.DarkThemeByDefault).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Remembers <paramref name="actor"/>'s choice of theme.</summary>
    public async Task SetDarkThemeAsync(Actor actor, bool dark, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<PersonPreferences>().FirstOrDefaultAsync(p => p.PersonId == actor.PersonId, cancellationToken);
        if (row is null)
        {
            row = new PersonPreferences { PersonId = actor.PersonId };
            db.Add(row);
        }

        row.DarkTheme = dark;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
