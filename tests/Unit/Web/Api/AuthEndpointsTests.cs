using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Persons;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>Login, tokens and session routes, with Zou's bodies for each failure.</summary>
public sealed class AuthEndpointsTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private readonly StudioApiFactory factory = fixture.Factory;

    [Fact]
    public async Task Login_RightPassword_ReturnsPersonOrganisationAndTokens()
    {
        var client = factory.Anonymous();

        var body = await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/auth/login", new { email = StudioApiFactory.AdminEmail, password = StudioApiFactory.AdminPassword });

        Assert.True(body!["login"]!.GetValue<bool>());
        Assert.Equal("Person", body["user"]!["type"]!.GetValue<string>());
        Assert.Equal("Super Admin", body["user"]!["full_name"]!.GetValue<string>());
        Assert.NotNull(body["user"]!["departments"]);
        Assert.Equal("Organisation", body["organisation"]!["type"]!.GetValue<string>());
        Assert.Equal(3, body["access_token"]!.GetValue<string>().Split('.').Length);
        Assert.Equal(3, body["refresh_token"]!.GetValue<string>().Split('.').Length);
    }

    [Fact]
    public async Task Login_WrongPasswordOrUnknownUser_SameAnswer()
    {
        var client = factory.Anonymous();

        var wrong = await client.PostAsync("/auth/login", new { email = StudioApiFactory.AdminEmail, password = "not-the-password" });
        var unknown = await client.PostAsync("/auth/login", new { email = "nobody@example.com", password = "not-the-password" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("""{"login":false}""", wrong.Body!.ToJsonString());
        Assert.Equal(wrong.Status, unknown.Status);
        Assert.Equal(wrong.Body.ToJsonString(), unknown.Body!.ToJsonString());
    }

    [Fact]
    public async Task Login_UnknownUser_VerifiesAPasswordHashLikeAKnownOne()
    {
        var hasher = new CountingHasher();
        using var counted = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<Person>>(hasher)));
        var client = new ApiClient(counted.CreateClient());

        await client.PostAsync("/auth/login", new { email = "nobody@example.com", password = "wrong-password" });
        var forUnknown = hasher.Verifications;
        await client.PostAsync("/auth/login", new { email = StudioApiFactory.AdminEmail, password = "wrong-password" });

        // The same work whether or not the account exists: one hash verification each.
        Assert.Equal(1, forUnknown);
        Assert.Equal(2, hasher.Verifications);
    }

    [Fact]
    public async Task Login_PersonWithoutPassword_AnswersLikeAWrongPassword_AfterTheSameHashWork()
    {
        var hasher = new CountingHasher();
        using var counted = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<Person>>(hasher)));
        var client = new ApiClient(counted.CreateClient());
        var admin = await fixture.Factory.AdminAsync();
        var email = $"nopass-{Guid.NewGuid():N}@example.com";
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/persons", new { first_name = "No", last_name = "Password", email });
        var before = hasher.Verifications;

        var noPassword = await client.PostAsync("/auth/login", new { email, password = "anything-at-all" });
        var forNoPassword = hasher.Verifications - before;
        var wrong = await client.PostAsync("/auth/login", new { email = StudioApiFactory.AdminEmail, password = "wrong-password" });

        Assert.Equal(1, forNoPassword);
        Assert.Equal(wrong.Status, noPassword.Status);
        Assert.Equal(wrong.Body!.ToJsonString(), noPassword.Body!.ToJsonString());
    }

    [Fact]
    public async Task Login_LeavesLastPresenceNull_AsZouDoes()
    {
        var (artist, _) = await factory.PersonAsync("user");

        var me = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/authenticated");

        Assert.Null(me!["user"]!["last_presence"]);
        Assert.False(me["user"]!["use_12_hour_clock"]!.GetValue<bool>());
        Assert.Null(me["user"]!.AsObject()["use12_hour_clock"]);
    }

    [Fact]
    public async Task RefreshToken_FromBrowser_UnsetsTheRefreshCookie()
    {
        var client = factory.CreateClient(new() { HandleCookies = false });
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36");
        var login = await new ApiClient(client).ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/auth/login", new { email = StudioApiFactory.AdminEmail, password = StudioApiFactory.AdminPassword });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/refresh-token");
        request.Headers.Authorization = new("Bearer", login!["refresh_token"]!.GetValue<string>());

        using var response = await client.SendAsync(request);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(cookies, c => c.StartsWith("access_token_cookie=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(cookies, c => c.StartsWith("refresh_token_cookie=;", StringComparison.Ordinal) && c.Contains("path=/api/auth/refresh-token", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Login_DesktopLogin_IsAcceptedAsEmail()
    {
        var admin = await factory.AdminAsync();
        var (_, personId) = await factory.PersonAsync("user");
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{personId}", new { desktop_login = "jdoe" });

        var (status, _) = await factory.Anonymous().PostAsync("/auth/login", new { email = "jdoe", password = "password-user" });

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Login_FiveFailures_LocksTheAccountForAMinute()
    {
        var (_, personId) = await factory.PersonAsync("user");
        var email = (await (await factory.AdminAsync()).GetAsync($"/data/persons/{personId}")).Body!["email"]!.GetValue<string>();
        var client = factory.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsync("/auth/login", new { email, password = "wrong-password" });
        }

        var locked = await client.PostAsync("/auth/login", new { email, password = "password-user" });
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var later = await client.PostAsync("/auth/login", new { email, password = "password-user" });

        Assert.Equal(HttpStatusCode.BadRequest, locked.Status);
        Assert.Equal("""{"error":true,"login":false,"too_many_failed_login_attemps":true}""", locked.Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, later.Status);
    }

    [Fact]
    public async Task Login_InactivePerson_Answers401Unactive()
    {
        var (_, personId) = await factory.PersonAsync("user");
        var admin = await factory.AdminAsync();
        var email = (await admin.GetAsync($"/data/persons/{personId}")).Body!["email"]!.GetValue<string>();
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{personId}", new { active = false });

        var (status, body) = await factory.Anonymous().PostAsync("/auth/login", new { email, password = "password-user" });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(body!["unactive"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Login_MissingEmail_AnswersValidationError()
    {
        var (status, body) = await factory.Anonymous().PostAsync("/auth/login", new { password = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Validation error.", body!["message"]!.GetValue<string>());
        Assert.Equal("email", body["data"]!["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task SecuredRoute_WithoutToken_AnswersFlaskJwtMessage()
    {
        var (status, body) = await factory.Anonymous().GetAsync("/data/projects");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Missing JWT in cookies or headers (Missing cookie \"access_token_cookie\"; Missing Authorization Header)", body!["msg"]!.GetValue<string>());
    }

    [Fact]
    public async Task SecuredRoute_MalformedOrForgedToken_Answers422()
    {
        var client = factory.Anonymous();
        client.UseToken("None");
        var malformed = await client.GetAsync("/data/projects");
        client.UseToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        var forged = await client.GetAsync("/data/projects");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, malformed.Status);
        Assert.Equal("Not enough segments", malformed.Body!["msg"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.Status);
    }

    [Fact]
    public async Task SecuredRoute_ExpiredToken_AnswersSignatureHasExpired()
    {
        var admin = await factory.AdminAsync();
        factory.Clock.Advance(TimeSpan.FromDays(8));

        var (status, body) = await admin.GetAsync("/data/projects");

        factory.Clock.Advance(TimeSpan.FromDays(-8));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("""{"error":true,"message":"Signature has expired"}""", body!.ToJsonString());
    }

    [Fact]
    public async Task Logout_RevokesAccessAndRefreshTokens()
    {
        var client = factory.Anonymous();
        var login = await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/auth/login", new { email = StudioApiFactory.AdminEmail, password = StudioApiFactory.AdminPassword });
        client.UseToken(login!["access_token"]!.GetValue<string>());

        var logout = await client.GetAsync("/auth/logout");
        var after = await client.GetAsync("/auth/authenticated");
        client.UseToken(login["refresh_token"]!.GetValue<string>());
        var refresh = await client.GetAsync("/auth/refresh-token");

        Assert.Equal("""{"logout":true}""", logout.Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
        Assert.Equal("Token has been revoked", after.Body!["msg"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.Status);
    }

    [Fact]
    public async Task RefreshToken_IssuesAWorkingAccessToken_AndLogoutWithItRevokesTheRefreshToken()
    {
        var client = factory.Anonymous();
        var login = await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/auth/login", new { email = StudioApiFactory.AdminEmail, password = StudioApiFactory.AdminPassword });
        client.UseToken(login!["refresh_token"]!.GetValue<string>());

        var refreshed = await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/refresh-token");
        var accessAsRefresh = await client.GetAsync("/data/projects");
        client.UseToken(refreshed!["access_token"]!.GetValue<string>());
        var authenticated = await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/authenticated");
        await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/logout");
        client.UseToken(login["refresh_token"]!.GetValue<string>());
        var again = await client.GetAsync("/auth/refresh-token");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, accessAsRefresh.Status);
        Assert.True(authenticated!["authenticated"]!.GetValue<bool>());
        Assert.Empty(authenticated["user"]!["fido_devices"]!.AsArray());
        Assert.Equal(HttpStatusCode.Unauthorized, again.Status);
    }

    [Fact]
    public async Task Login_FromBrowser_SetsCookiesThatAuthenticate()
    {
        var client = factory.CreateClient(new() { HandleCookies = true });
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36");
        var api = new ApiClient(client);

        await api.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/auth/login", new { email = StudioApiFactory.AdminEmail, password = StudioApiFactory.AdminPassword });
        var (status, _) = await api.GetAsync("/auth/authenticated");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task ChangePassword_ByAdmin_ChangesIt_AndArtistIsRefused()
    {
        var admin = await factory.AdminAsync();
        var (artist, personId) = await factory.PersonAsync("user");
        var email = (await admin.GetAsync($"/data/persons/{personId}")).Body!["email"]!.GetValue<string>();

        var refused = await artist.PostAsync($"/actions/persons/{personId}/change-password", new { password = "brand-new-pass", password_2 = "brand-new-pass" });
        var mismatch = await admin.PostAsync($"/actions/persons/{personId}/change-password", new { password = "brand-new-pass", password_2 = "other-pass" });
        var shortOne = await admin.PostAsync($"/actions/persons/{personId}/change-password", new { password = "short", password_2 = "short" });
        var ok = await admin.PostAsync($"/actions/persons/{personId}/change-password", new { password = "brand-new-pass", password_2 = "brand-new-pass" });
        var login = await factory.Anonymous().PostAsync("/auth/login", new { email, password = "brand-new-pass" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("Confirmation password doesn't match.", mismatch.Body!["message"]!.GetValue<string>());
        Assert.Equal("Password is too short.", shortOne.Body!["message"]!.GetValue<string>());
        Assert.Equal("""{"success":true}""", ok.Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, login.Status);
    }

    private sealed class CountingHasher : IPasswordHasher<Person>
    {
        private readonly PasswordHasher<Person> inner = new();
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(Person user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Person user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
