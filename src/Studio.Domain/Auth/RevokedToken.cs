namespace Studio.Domain.Auth;

/// <summary>A revoked access or refresh token (Zou keeps these in Redis); kept until the token would expire.</summary>
public class RevokedToken
{
    public string Jti { get; set; } = "";

    public DateTime ExpiresAt { get; set; }
}
