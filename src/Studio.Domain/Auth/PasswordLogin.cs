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

    /// <summary>The person has a second factor and the request carries no code.</summary>
    MissingOtp,

    /// <summary>The code (TOTP, e-mail OTP, passkey or recovery code) is wrong; it counts as a failed attempt.</summary>
    WrongOtp,
}

/// <summary>The second-factor proofs a login may carry (Zou's <c>totp</c>, <c>email_otp</c>,
/// <c>fido_authentication_response</c>, <c>recovery_code</c>).</summary>
public sealed record SecondFactor(string? Totp = null, string? EmailOtp = null, string? Fido = null, string? RecoveryCode = null)
{
    public static SecondFactor None { get; } = new();

    public bool IsEmpty => string.IsNullOrEmpty(Totp) && string.IsNullOrEmpty(EmailOtp) && string.IsNullOrEmpty(Fido) && string.IsNullOrEmpty(RecoveryCode);
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

    /// <summary>The token provider of invitation links (a week long); <see cref="ResetPasswordAsync"/> takes its tokens too.</summary>
    public const string InvitationTokenProvider = "Invitation";

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
        if (result.Succeeded)
        {
            return;
        }

        // An invitation's token: the same purpose, from its own provider.
        if (!await users.VerifyUserTokenAsync(person, InvitationTokenProvider, UserManager<Person>.ResetPasswordTokenPurpose, token))
        {
            throw new WrongParameterException("Wrong or expired token.");
        }

        PersonsService.Check(await users.RemovePasswordAsync(person));
        PersonsService.Check(await users.AddPasswordAsync(person, password!));
        PersonsService.Check(await users.UpdateSecurityStampAsync(person));
    }

    /// <summary>ZOU: the second factors a person has turned on, as the login's <c>two_factor_authentication_enabled</c> lists them.</summary>
    public async Task<List<string>> SecondFactorsAsync(Person person)
    {
        var methods = new List<string>();
        if (await users.CountRecoveryCodesAsync(person) > 0)
        {
            methods.Add("recovery_code");
        }

        if (person.TotpEnabled)
        {
            methods.Add("totp");
        }

        if (person.EmailOtpEnabled)
        {
            methods.Add("email_otp");
        }

        if (person.FidoEnabled)
        {
            methods.Add("fido");
        }

        return methods;
    }

    public Task<(LoginOutcome Outcome, Person? Person)> CheckAsync(string login, string password, string? ipAddress, string origin, CancellationToken cancellationToken) =>
        CheckAsync(login, password, SecondFactor.None, ipAddress, origin, cancellationToken);

    public async Task<(LoginOutcome Outcome, Person? Person)> CheckAsync(string login, string password, SecondFactor proof, string? ipAddress, string origin, CancellationToken cancellationToken)
    {
        var person = await FindAsync(login, cancellationToken);

        // One path for every account: the hasher runs once, against the person's hash, or a dummy one when there is
        // no person or the person has no password, so the answer's timing tells nothing about the account.
        var verification = users.PasswordHasher.VerifyHashedPassword(person ?? new Person(), person?.PasswordHash ?? DummyHash.Value, password);
        var matched = person?.PasswordHash is not null && verification != PasswordVerificationResult.Failed;
        if (person is null)
        {
            return (LoginOutcome.WrongCredentials, null);
        }

        // Lock-out is judged by the injected clock, so the rule is testable and consistent with the rest.
        if (person.LockoutEnabled && person.LockoutEnd > time.GetUtcNow())
        {
            return (LoginOutcome.TooManyFailures, null);
        }

        if (!matched)
        {
            await users.AccessFailedAsync(person);
            return (LoginOutcome.WrongCredentials, null);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            person.PasswordHash = users.PasswordHasher.HashPassword(person, password);
        }

        if (!person.Active)
        {
            return (LoginOutcome.Inactive, null);
        }

        if (person.TotpEnabled || person.EmailOtpEnabled || person.FidoEnabled)
        {
            if (proof.IsEmpty)
            {
                return (LoginOutcome.MissingOtp, person);
            }

            if (!await VerifySecondFactorAsync(person, proof))
            {
                await users.AccessFailedAsync(person);
                return (LoginOutcome.WrongOtp, null);
            }
        }

        if (password == DefaultPassword)
        {
            await users.ResetAccessFailedCountAsync(person);
            return (LoginOutcome.DefaultPassword, person);
        }

        await users.ResetAccessFailedCountAsync(person);
        // ZOU: a login is logged but leaves last_presence alone (time spents set it).
        db.Add(new LoginLog { PersonId = person.Id, IpAddress = ipAddress, Origin = origin });
        await db.SaveChangesAsync(cancellationToken);
        return (LoginOutcome.Success, person);
    }

    /// <summary>ZOU's order: a TOTP code if TOTP is on, else an e-mail code, else a passkey, else a recovery code (single use).</summary>
    private async Task<bool> VerifySecondFactorAsync(Person person, SecondFactor proof)
    {
        if (person.TotpEnabled && !string.IsNullOrEmpty(proof.Totp))
        {
            return await users.VerifyTwoFactorTokenAsync(person, TokenOptions.DefaultAuthenticatorProvider, proof.Totp);
        }

        if (person.EmailOtpEnabled && !string.IsNullOrEmpty(proof.EmailOtp))
        {
            return await users.VerifyTwoFactorTokenAsync(person, TokenOptions.DefaultEmailProvider, proof.EmailOtp);
        }

        if (!string.IsNullOrEmpty(proof.RecoveryCode))
        {
            return (await users.RedeemTwoFactorRecoveryCodeAsync(person, proof.RecoveryCode)).Succeeded;
        }

        // Passkey assertions are verified by the passkey sign-in, not by the password login.
        return false;
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
