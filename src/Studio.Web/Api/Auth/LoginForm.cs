using System.Text.Json.Nodes;
using Studio.Domain.Auth;
using Studio.Domain.Common;
using Studio.Web.Api.Zou;

namespace Studio.Web.Api.Auth;

/// <summary>Login credentials from a JSON body, a form or the query string (Zou accepts all three).</summary>
public static class LoginForm
{
    private static readonly string[] Keys = ["email", "password", "totp", "email_otp", "fido_authentication_response", "recovery_code"];

    public static async Task<(string Email, string Password, SecondFactor Proof)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var key in Keys)
            {
                values[key] = form[key].FirstOrDefault();
            }
        }
        else if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var body = await JsonBody.ReadOptionalObjectAsync(request, cancellationToken);
            foreach (var key in Keys)
            {
                values[key] = body[key] is JsonObject o ? o.ToJsonString() : JsonBody.GetString(body, key);
            }
        }

        foreach (var key in Keys)
        {
            values[key] = values.GetValueOrDefault(key) ?? request.Query[key].FirstOrDefault();
        }

        var email = values["email"];
        var password = values["password"];
        var proof = new SecondFactor(values["totp"], values["email_otp"], values["fido_authentication_response"], values["recovery_code"]);
        if (string.IsNullOrEmpty(email))
        {
            throw ValidationException.For("email", "Field required");
        }

        // ZOU: the password defaults to the literal "default".
        return (email, password ?? PasswordLogin.DefaultPassword, proof);
    }
}
