namespace Studio.Domain.Auth;

/// <summary>
/// Issues the long-lived API token of a bot (ZOU: <c>identity_type</c> <c>bot</c>): valid while the person's
/// <c>jti</c> is the token's, until the end of its <c>expiration_date</c> day, or forever when it has none.
/// Implemented by the host, which owns the signing key.
/// </summary>
public interface IBotTokenIssuer
{
    string Issue(Guid personId, string jti, DateTime? expiresAt);
}
