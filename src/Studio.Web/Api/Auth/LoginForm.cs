using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Web.Api.Zou;

namespace Studio.Web.Api.Auth;

/// <summary>Login credentials from a JSON body, a form or the query string (Zou accepts all three).</summary>
public static class LoginForm
{
    public static async Task<(string Email, string Password)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? email = null, password = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            email = form["email"].FirstOrDefault();
            password = form["password"].FirstOrDefault();
        }
        else if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var body = await JsonBody.ReadOptionalObjectAsync(request, cancellationToken);
            email = JsonBody.GetString(body, "email");
            password = JsonBody.GetString(body, "password");
        }

        email ??= request.Query["email"].FirstOrDefault();
        password ??= request.Query["password"].FirstOrDefault();
        if (string.IsNullOrEmpty(email))
        {
            var errors = new JsonArray(new JsonObject { ["field"] = "email", ["message"] = "Field required" });
            throw new WrongParameterException("Validation error.", new JsonObject { ["errors"] = errors });
        }

        // ZOU: the password defaults to the literal "default".
        return (email, password ?? "default");
    }
}
