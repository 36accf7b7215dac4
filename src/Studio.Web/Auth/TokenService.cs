using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Studio.Domain.Auth;
using Studio.Domain.Persistence;

namespace Studio.Web.Auth;

/// <summary>
/// Issues and checks Zou-compatible tokens (flask-jwt-extended claims: <c>sub</c>, <c>jti</c>, <c>type</c>,
/// <c>fresh</c>, <c>identity_type</c>, and <c>refresh_jti</c> on access tokens), HS256 with the installation key.
/// Access tokens live 7 days, refresh tokens 15; revocations are stored in the database.
/// </summary>
public sealed class TokenService(SigningKeyProvider keys, TimeProvider time, IDbContextFactory<StudioDbContext> factory) : IBotTokenIssuer
{
    public static readonly TimeSpan AccessLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(15);
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public (string Access, string Refresh) IssuePair(Guid personId, string identityType = "person")
    {
        var refreshJti = Guid.NewGuid().ToString();
        var refresh = Create(personId, "refresh", refreshJti, identityType, RefreshLifetime, null);
        return (IssueAccess(personId, identityType, refreshJti), refresh);
    }

    public string IssueAccess(Guid personId, string identityType, string? refreshJti) =>
        Create(personId, "access", Guid.NewGuid().ToString(), identityType, AccessLifetime, refreshJti);

    /// <summary>A bot's access token: its jti is the person's, it ends with its expiration day or never.</summary>
    public string Issue(Guid personId, string jti, DateTime? expiresAt) =>
        Create(personId, "access", jti, "bot", expiresAt is { } end ? end - time.GetUtcNow().UtcDateTime : null, null);

    /// <summary>Validates signature, lifetime, kind and revocation; the failure says which, in Zou's words.</summary>
    public async Task<TokenCheck> CheckAsync(string token, string expectedType, CancellationToken cancellationToken)
    {
        if (token.Split('.').Length != 3)
        {
            return TokenCheck.Fail(StatusCodes.Status422UnprocessableEntity, "msg", "Not enough segments");
        }

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidateIssuer = false,
            ValidateAudience = false,
            IssuerSigningKey = keys.Key,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) => expires is null || expires > time.GetUtcNow().UtcDateTime,
        });
        if (!result.IsValid)
        {
            return result.Exception switch
            {
                SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException => TokenCheck.Fail(StatusCodes.Status401Unauthorized, "message", "Signature has expired"),
                SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => TokenCheck.Fail(StatusCodes.Status422UnprocessableEntity, "msg", "Signature verification failed"),
                _ => TokenCheck.Fail(StatusCodes.Status422UnprocessableEntity, "msg", "Invalid token"),
            };
        }

        var claims = result.ClaimsIdentity;
        var type = claims.FindFirst("type")?.Value;
        if (type != expectedType)
        {
            return TokenCheck.Fail(StatusCodes.Status422UnprocessableEntity, "msg",
                expectedType == "refresh" ? "Only refresh tokens are allowed" : "Only non-refresh tokens are allowed");
        }

        var jti = claims.FindFirst(JwtRegisteredClaimNames.Jti)?.Value;
        if (jti is null || !Guid.TryParse(claims.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var personId) || await IsRevokedAsync(jti, cancellationToken))
        {
            return TokenCheck.Fail(StatusCodes.Status401Unauthorized, "msg", "Token has been revoked");
        }

        // A bot token without expiry is kept in the revocation list as long as a refresh token.
        var expires = result.SecurityToken is JsonWebToken { ValidTo: var to } && to > DateTime.MinValue ? to : time.GetUtcNow().UtcDateTime + RefreshLifetime;
        return new TokenCheck(personId, jti, claims.FindFirst("refresh_jti")?.Value, claims.FindFirst("identity_type")?.Value ?? "person", expires, 0, null, null);
    }

    public async Task RevokeAsync(IEnumerable<(string Jti, DateTime ExpiresAt)> tokens, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<RevokedToken>().Where(t => t.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        foreach (var (jti, expiresAt) in tokens.DistinctBy(t => t.Jti))
        {
            if (await db.Set<RevokedToken>().FindAsync([jti], cancellationToken) is null)
            {
                db.Add(new RevokedToken { Jti = jti, ExpiresAt = expiresAt });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> IsRevokedAsync(string jti, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<RevokedToken>().AnyAsync(t => t.Jti == jti, cancellationToken);
    }

    private string Create(Guid personId, string type, string jti, string identityType, TimeSpan? lifetime, string? refreshJti)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = personId.ToString(),
            [JwtRegisteredClaimNames.Jti] = jti,
            ["type"] = type,
            ["fresh"] = false,
            ["identity_type"] = identityType,
        };
        if (refreshJti is not null)
        {
            claims["refresh_jti"] = refreshJti;
        }

        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = lifetime is { } span ? now + span : null,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}

/// <summary>The outcome of a token check: the person and token ids, or the status and Zou body of the refusal.</summary>
public sealed record TokenCheck(Guid PersonId, string Jti, string? RefreshJti, string IdentityType, DateTime ExpiresAt, int FailureStatus, string? FailureKey, string? FailureMessage)
{
    public bool Succeeded => FailureStatus == 0;

    public static TokenCheck Fail(int status, string key, string message) => new(Guid.Empty, "", null, "", default, status, key, message);

    /// <summary>Zou's body for the refusal: <c>{"msg": …}</c> (flask-jwt-extended) or <c>{"error": true, "message": …}</c>.</summary>
    public System.Text.Json.Nodes.JsonObject FailureBody() => FailureKey == "msg"
        ? new() { ["msg"] = FailureMessage }
        : new() { ["error"] = true, ["message"] = FailureMessage };

    public ClaimsPrincipal ToPrincipal(string role) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, PersonId.ToString()),
            new Claim(ClaimTypes.Role, role),
            new Claim("jti", Jti),
            new Claim("refresh_jti", RefreshJti ?? ""),
            new Claim("identity_type", IdentityType),
            new Claim("exp_utc", ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        ],
        ZouTokenHandler.SchemeName));
}
