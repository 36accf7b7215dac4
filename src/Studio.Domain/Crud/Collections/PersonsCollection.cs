using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Auth;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/persons</c>: anyone lists (non-admins get minimal dicts), managers read full dicts, the admin
/// creates and deletes, a person updates themself but not their role, access or login fields. Secrets are
/// neither shown nor filterable.
/// </summary>
public sealed class PersonsCollection() : RuleCollection<Person>("persons")
{
    // ZOU: SENSITIVE_FIELDS, plus Identity's own columns, which Zou does not have.
    private static readonly HashSet<string> Secrets = new(StringComparer.Ordinal)
    {
        "password", "totp_secret", "email_otp_secret", "otp_recovery_codes", "fido_credentials", "fido_devices", "jti",
        "login_failed_attemps", "last_login_failed", "password_hash", "security_stamp", "concurrency_stamp",
        "normalized_email", "normalized_user_name", "user_name", "access_failed_count", "lockout_end",
    };

    private static readonly HashSet<string> PublicFilters = new(StringComparer.Ordinal)
    {
        "id", "first_name", "last_name", "full_name", "has_avatar", "active", "departments", "studio_id", "role", "desktop_login", "email", "is_bot",
    };

    private static readonly HashSet<string> AdminOnlyFields = new(StringComparer.Ordinal)
    {
        "role", "departments", "active", "is_bot", "archived", "desktop_login", "ldap_uid", "is_generated_from_ldap", "last_presence", "studio_id",
        "totp_enabled", "email_otp_enabled", "fido_enabled", "preferred_two_factor_authentication",
    };

    private static readonly HashSet<string> ProtectedCreate = new(StringComparer.Ordinal) { "id", "created_at", "updated_at", "password" };

    private static readonly HashSet<string> ProtectedUpdate = new(StringComparer.Ordinal) { "id", "created_at", "updated_at", "password", "jti" };

    private static readonly UpperInvariantLookupNormalizer Normalizer = new();

    private static readonly PasswordHasher<Person> Hasher = new();

    public override IReadOnlySet<string> ProtectedOnCreate => ProtectedCreate;

    public override IReadOnlySet<string> ProtectedOnUpdate => ProtectedUpdate;

    public override IReadOnlySet<string> RefusedFilters(Actor actor) =>
        actor.IsAdmin ? Secrets : new HashSet<string>(Secrets.Concat(ZouModel.For<Person>().Columns.Select(c => c.JsonName).Where(n => !PublicFilters.Contains(n))), StringComparer.Ordinal);

    public override Task<IQueryable<Person>> ScopeAsync(CrudContext context, IQueryable<Person> query, CancellationToken cancellationToken) => Task.FromResult(query);

    public override Task CheckReadAsync(CrudContext context, Person row, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task CheckUpdateAsync(CrudContext context, Person row, CrudChanges<Person> changes, CancellationToken cancellationToken)
    {
        if (!context.Actor.IsAdmin && (row.Id != context.Actor.PersonId || changes.Keys.Any(AdminOnlyFields.Contains)))
        {
            throw new PermissionDeniedException();
        }

        // ZOU: a protected account is deactivated or demoted by nobody but itself.
        if (row.Id != context.Actor.PersonId && PersonsService.IsProtected(context.Options, row)
            && (changes.Contains("role") || changes.Contains("active")))
        {
            throw new PermissionDeniedException();
        }

        return Task.CompletedTask;
    }

    public override Task CheckDeleteAsync(CrudContext context, Person row, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(context.Actor);
        if (row.Id == context.Actor.PersonId)
        {
            throw new WrongParameterException("You can't delete yourself.");
        }

        return Task.CompletedTask;
    }

    /// <summary>Without <paramref name="force"/>, a person who left traces (comments, time spents…) is refused by the
    /// database; with it, those go too and the references to the person are cleared.</summary>
    public override async Task DeleteAsync(CrudContext context, Person row, bool force, CancellationToken cancellationToken)
    {
        if (force)
        {
            await CascadeDelete.RemoveAsync<Person>(context.Db, [row.Id], cancellationToken);
            return;
        }

        await context.Db.Set<DepartmentLink>().Where(l => l.PersonId == row.Id).ExecuteDeleteAsync(cancellationToken);
        await context.Db.Set<Projects.ProjectPersonLink>().Where(l => l.PersonId == row.Id).ExecuteDeleteAsync(cancellationToken);
        context.Db.Remove(row);
    }

    public override async Task BeforeCreateAsync(CrudContext context, Person row, CrudChanges<Person> changes, CancellationToken cancellationToken)
    {
        row.UserName = row.Id.ToString("N");
        row.NormalizedUserName = Normalizer.NormalizeName(row.UserName);
        row.SecurityStamp = Guid.NewGuid().ToString("N");
        row.LockoutEnabled = true;
        PersonFields.Validate(row, changes, DateOnly.FromDateTime(context.UtcNow));

        await NormalizeEmailAsync(context, row, cancellationToken);
        await EnsureUnderUserLimitAsync(context, row, cancellationToken);
        if (row.IsBot)
        {
            IssueBotToken(context, row);
        }

        if (changes.TryGetValue<string>("password", out var text))
        {
            // ZOU: the literal "default" marks an account whose owner must choose a password at first login.
            if (text != PasswordLogin.DefaultPassword)
            {
                PersonsService.ValidatePassword(text, text);
            }

            row.PasswordHash = Hasher.HashPassword(row, text);
        }
    }

    public override async Task BeforeUpdateAsync(CrudContext context, Person row, CrudChanges<Person> changes, CancellationToken cancellationToken)
    {
        var entry = context.Db.Entry(row);
        PersonFields.Validate(row, changes, DateOnly.FromDateTime(context.UtcNow), entry.Property(p => p.ExpirationDate).OriginalValue);
        if (changes.Contains("email"))
        {
            await NormalizeEmailAsync(context, row, cancellationToken);
        }

        if ((!entry.Property(p => p.Active).OriginalValue || entry.Property(p => p.IsBot).OriginalValue) && row.Active && !row.IsBot)
        {
            await EnsureUnderUserLimitAsync(context, row, cancellationToken);
        }

        // ZOU: setting a bot's expiration date (not in the past) gives it a new token and revokes the old one.
        if (row.IsBot && changes.Contains("expiration_date") && (row.ExpirationDate is null || row.ExpirationDate >= DateOnly.FromDateTime(context.UtcNow)))
        {
            IssueBotToken(context, row);
        }
    }

    /// <summary>ZOU: a list shows every field to the admin only, a single read to managers; the others get a person's
    /// public fields. A write answers with the whole row.</summary>
    public override Task<IReadOnlyList<CrudRow<Person>>> DescribeAsync(CrudContext context, IReadOnlyList<CrudRow<Person>> rows, CrudView view, CancellationToken cancellationToken)
    {
        var full = view switch
        {
            CrudView.List => context.Actor.IsAdmin,
            CrudView.One => context.Actor.IsManager,
            _ => true,
        };
        return Task.FromResult<IReadOnlyList<CrudRow<Person>>>([.. rows.Select(r => r with { Trimmed = !full })]);
    }

    /// <summary>ZOU: <c>USER_LIMIT</c> active people who are not bots; one more is refused.</summary>
    private static async Task EnsureUnderUserLimitAsync(CrudContext context, Person row, CancellationToken cancellationToken)
    {
        if (!row.Active || row.IsBot)
        {
            return;
        }

        var limit = context.Options.UserLimit;
        var count = await context.Db.Set<Person>().CountAsync(p => p.Active && !p.IsBot && p.Id != row.Id, cancellationToken);
        if (count >= limit)
        {
            throw new UserLimitException(limit);
        }
    }

    private static void IssueBotToken(CrudContext context, Person row)
    {
        row.Jti = Guid.NewGuid().ToString();
        var expires = row.ExpirationDate is { } day ? day.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc) : (DateTime?)null;
        context.AccessToken = context.Services.GetRequiredService<IBotTokenIssuer>().Issue(row.Id, row.Jti, expires);
    }

    /// <summary>ZOU: e-mails are unique among people who are not bots.</summary>
    private static async Task NormalizeEmailAsync(CrudContext context, Person row, CancellationToken cancellationToken)
    {
        row.Email = string.IsNullOrWhiteSpace(row.Email) ? null : row.Email.Trim();
        row.NormalizedEmail = row.Email is null ? null : Normalizer.NormalizeEmail(row.Email);
        if (row.Email is not null && !row.IsBot && await context.Db.Set<Person>()
                .AnyAsync(p => p.NormalizedEmail == row.NormalizedEmail && !p.IsBot && p.Id != row.Id, cancellationToken))
        {
            throw new WrongParameterException("Email already in use.");
        }
    }
}
