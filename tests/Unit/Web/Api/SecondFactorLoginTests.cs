using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Persons;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The login's second-factor branches: a missing code, a wrong one, a TOTP code, a single-use recovery code.</summary>
public sealed class SecondFactorLoginTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task Login_WithTotpOn_AsksForTheCode_RefusesAWrongOne_AcceptsTheRightOne()
    {
        var (email, key, _) = await PersonWithTotpAsync();
        var anonymous = fixture.Factory.Anonymous();

        var missing = await anonymous.PostAsync("/auth/login", new { email, password = "password-user" });
        var wrongCode = ((int.Parse(Code(key), System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var wrong = await anonymous.PostAsync("/auth/login", new { email, password = "password-user", totp = wrongCode });
        var right = await anonymous.PostAsync("/auth/login", new { email, password = "password-user", totp = Code(key) });

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.True(missing.Body!["missing_OTP"]!.GetValue<bool>());
        Assert.Equal("totp", missing.Body["preferred_two_factor_authentication"]!.GetValue<string>());
        Assert.Equal(["recovery_code", "totp"], missing.Body["two_factor_authentication_enabled"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.True(wrong.Body!["wrong_OTP"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.NotNull(right.Body!["access_token"]);
    }

    [Fact]
    public async Task Login_WithARecoveryCode_Works_Once()
    {
        var (email, _, codes) = await PersonWithTotpAsync();
        var anonymous = fixture.Factory.Anonymous();

        var first = await anonymous.PostAsync("/auth/login", new { email, password = "password-user", recovery_code = codes[0] });
        var reused = await anonymous.PostAsync("/auth/login", new { email, password = "password-user", recovery_code = codes[0] });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, reused.Status);
        Assert.True(reused.Body!["wrong_OTP"]!.GetValue<bool>());
    }

    /// <summary>An artist with an authenticator key and recovery codes, set up as the TOTP routes will.</summary>
    private async Task<(string Email, string Key, List<string> Codes)> PersonWithTotpAsync()
    {
        var (_, id) = await fixture.Factory.PersonAsync("user");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var person = (await users.FindByIdAsync(id))!;
        await users.ResetAuthenticatorKeyAsync(person);
        var key = (await users.GetAuthenticatorKeyAsync(person))!;
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(person, 2))!.ToList();
        person.TotpEnabled = true;
        person.PreferredTwoFactorAuthentication = "totp";
        await users.UpdateAsync(person);
        return (person.Email!, key, codes);
    }

    /// <summary>RFC 6238 with Identity's parameters: SHA-1, 30-second steps, 6 digits, a base32 key.</summary>
    private static string Code(string base32Key)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // RFC 6238 authenticators use HMAC-SHA1.
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string input)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var output = new List<byte>();
        foreach (var c in input.TrimEnd('=').ToUpperInvariant())
        {
            value = (value << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
