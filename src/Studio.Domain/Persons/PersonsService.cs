using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;

namespace Studio.Domain.Persons;

/// <summary>People and their accounts: a person's details, the organisation, passwords and the administrator account.</summary>
public sealed class PersonsService(UserManager<Person> users, StudioDbContext db, IOptions<StudioOptions> options)
{
    public const int MinPasswordLength = 8;

    /// <summary>A person and their departments (the login and authenticated routes' user).</summary>
    public async Task<PersonDetail> DetailAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new NotFoundException();
        var departments = await db.Set<DepartmentLink>().AsNoTracking().Where(l => l.PersonId == personId)
            .Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        return new PersonDetail(person, departments);
    }

    /// <summary>The studio's organisation, created on first use as Zou does; chat tokens only for admins.</summary>
    public async Task<OrganisationView> OrganisationAsync(Actor actor, CancellationToken cancellationToken)
    {
        var organisation = await db.Set<Organisation>().OrderBy(o => o.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            organisation = new Organisation { Name = "Kitsu" };
            db.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new OrganisationView(organisation, ShowsChatTokens: actor.IsAdmin);
    }

    /// <summary>Creates, or updates and re-activates, an administrator with this e-mail and password.</summary>
    public async Task<Person> EnsureAdminAsync(string email, string password, CancellationToken cancellationToken)
    {
        ValidatePassword(password, password);
        var person = await users.FindByEmailAsync(email);
        if (person is null)
        {
            person = NewPerson(email, "Super", "Admin", Roles.Admin);
            Check(await users.CreateAsync(person, password));
            return person;
        }

        person.Role = Roles.Admin;
        person.Active = true;
        Check(await users.UpdateAsync(person));
        Check(await users.RemovePasswordAsync(person));
        Check(await users.AddPasswordAsync(person, password));
        await users.ResetAccessFailedCountAsync(person);
        await users.SetLockoutEndDateAsync(person, null);
        return person;
    }

    /// <summary>An admin sets another person's password (<c>POST /actions/persons/&lt;id&gt;/change-password</c>).</summary>
    public async Task ChangePasswordAsync(Actor actor, Guid personId, string? password, string? confirmation, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(actor);
        var person = await users.FindByIdAsync(personId.ToString()) ?? throw new NotFoundException();
        if (person.IsBot || (person.Id != actor.PersonId && IsProtected(options.Value, person)))
        {
            throw new PermissionDeniedException();
        }

        ValidatePassword(password, confirmation);
        Check(await users.RemovePasswordAsync(person));
        Check(await users.AddPasswordAsync(person, password!));
        await users.UpdateSecurityStampAsync(person);
    }

    /// <summary>
    /// ZOU: <c>DELETE /actions/persons/&lt;id&gt;/disable-two-factor-authentication</c>: an administrator turns off every
    /// second factor of someone locked out (the authenticator key and the recovery codes go too); not another
    /// administrator's, nor an inactive person's. The person is told by e-mail when a mail server is configured.
    /// </summary>
    public async Task DisableSecondFactorsAsync(Actor actor, Guid personId, Mail.Mailer mailer, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(actor);
        var person = await users.FindByIdAsync(personId.ToString()) ?? throw new NotFoundException();
        if (person.IsBot)
        {
            throw new PermissionDeniedException();
        }

        if (person.Role == Roles.Admin && person.Id != actor.PersonId)
        {
            throw new RuleViolationException("An admin can't disable 2FA for other admins.");
        }

        if (!person.Active)
        {
            throw new RuleViolationException("User is unactive.");
        }

        if (!person.TotpEnabled && !person.EmailOtpEnabled && !person.FidoEnabled && await users.CountRecoveryCodesAsync(person) == 0)
        {
            throw new RuleViolationException("Two factor authentication not enabled for this user.");
        }

        person.TotpEnabled = false;
        person.EmailOtpEnabled = false;
        person.FidoEnabled = false;
        Check(await users.UpdateAsync(person));
        Check(await users.ResetAuthenticatorKeyAsync(person));
        await users.GenerateNewTwoFactorRecoveryCodesAsync(person, 0);
        if (mailer.IsConfigured && !string.IsNullOrWhiteSpace(person.Email))
        {
            const string text = "An administrator turned off the two-factor authentication of your Studio account. Sign in with your password and turn it on again from your profile. If you did not ask for this, tell your administrator.";
            await mailer.SendAsync(new Mail.Mail(person.Email, person.FullName, "Your two-factor authentication was turned off", text, $"<p>{text}</p>"), cancellationToken);
        }
    }

    /// <summary>Whether the person's e-mail is one of the configured protected accounts.</summary>
    public static bool IsProtected(StudioOptions options, Person person) =>
        person.Email is { } email && options.ProtectedAccounts.Any(p => string.Equals(p, email, StringComparison.OrdinalIgnoreCase));

    public static Person NewPerson(string? email, string firstName, string lastName, string role) => new()
    {
        Id = Guid.NewGuid(),
        UserName = Guid.NewGuid().ToString("N"),
        Email = email,
        FirstName = firstName,
        LastName = lastName,
        Role = role,
        LockoutEnabled = true,
    };

    public static void ValidatePassword(string? password, string? confirmation)
    {
        if (password != confirmation)
        {
            throw new WrongParameterException("Confirmation password doesn't match.");
        }

        if (password is null || password.Length < MinPasswordLength)
        {
            throw new WrongParameterException("Password is too short.");
        }
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new WrongParameterException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
