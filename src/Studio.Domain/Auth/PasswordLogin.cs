using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;

namespace Studio.Domain.Auth;

/// <summary>The outcome of a password check, in the cases Zou's login distinguishes.</summary>
public enum LoginOutcome
{
    Success,
    WrongCredentials,
    TooManyFailures,
    Inactive,

    /// <summary>ZOU: the password matched and is the literal "default": the person must choose one first.</summary>
    DefaultPassword,
}

/// <summary>
/// Checks an e-mail (or desktop login) and password against Identity's store, with Zou's rules: the same answer
/// and the same work whether or not the account exists, a lock-out after repeated failures, and an inactive
/// person refused only once the password matched.
/// </summary>
public sealed class PasswordLogin(UserManager<Person> users, StudioDbContext db, TimeProvider time)
{
    // A hash of a random password: verifying against it costs what verifying a real hash costs.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<Person>().HashPassword(new Person(), Guid.NewGuid().ToString()));

    /// <summary>The password Zou's login assumes when none is sent, and gives people created without one.</summary>
    public const string DefaultPassword = "default";

    /// <summary>A token for <see cref="ResetPasswordAsync"/>, valid two hours.</summary>
    public Task<string> ResetTokenAsync(Person person) => users.GeneratePasswordResetTokenAsync(person);

    /// <summary>
    /// ZOU: <c>PUT /auth/reset-password</c>. Sets a new password with a reset token; the person's other sessions
    /// end with the security stamp change.
    /// </summary>
    public async Task ResetPasswordAsync(string? email, string? token, string? password, string? confirmation, CancellationToken cancellationToken)
    {
        var person = email is null ? null : await FindAsync(email, cancellationToken);
        if (person is null || string.IsNullOrEmpty(token))
        {
            throw new WrongParameterException("Wrong or expired token.");
        }

        PersonsService.ValidatePassword(password, confirmation);
        if (!person.Active)
        {
            throw new WrongParameterException("User is unactive.");
        }

        var result = await users.ResetPasswordAsync(person, token, password!);
        if (!result.Succeeded)
        {
            throw new WrongParameterException("Wrong or expired token.");
        }
    }

    public async Task<(LoginOutcome Outcome, Person? Person)> CheckAsync(string login, string password, string? ipAddress, string origin, CancellationToken cancellationToken)
    {
        var person = await FindAsync(login, cancellationToken);
        if (person is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new Person(), DummyHash.Value, password);
            return (LoginOutcome.WrongCredentials, null);
        }

        // Lock-out is judged by the injected clock, so the rule is testable and consistent with the rest.
        if (person.LockoutEnabled && person.LockoutEnd > time.GetUtcNow())
        {
            return (LoginOutcome.TooManyFailures, null);
        }

        if (!await users.CheckPasswordAsync(person, password))
        {
            await users.AccessFailedAsync(person);
            return (LoginOutcome.WrongCredentials, null);
        }

        if (!person.Active)
        {
            return (LoginOutcome.Inactive, null);
        }

        if (password == DefaultPassword)
        {
            await users.ResetAccessFailedCountAsync(person);
            return (LoginOutcome.DefaultPassword, person);
        }

        await users.ResetAccessFailedCountAsync(person);
        db.Add(new LoginLog { PersonId = person.Id, IpAddress = ipAddress, Origin = origin });
        person.LastPresence = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return (LoginOutcome.Success, person);
    }

    /// <summary>Zou matches the e-mail first, then falls back to the desktop login.</summary>
    private async Task<Person?> FindAsync(string login, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(login))
        {
            return null;
        }

        var normalized = users.NormalizeEmail(login.Trim());
        return await db.Set<Person>().FirstOrDefaultAsync(p => p.NormalizedEmail == normalized && !p.IsBot, cancellationToken)
            ?? await db.Set<Person>().FirstOrDefaultAsync(p => p.DesktopLogin == login.Trim() && p.DesktopLogin != "", cancellationToken);
    }
}
