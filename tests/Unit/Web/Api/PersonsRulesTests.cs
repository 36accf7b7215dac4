using System.Net;
using Studio.Tests.Unit.Builders;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>A server whose configuration caps the active people at three, protects one account and takes attachments of 1 KiB at most.</summary>
public sealed class ConfiguredFixture : StudioWorld
{
    public const string ProtectedEmail = "boss@example.com";

    protected override void Declare(StudioWorldBuilder world) => world
        .Setting("Studio:UserLimit", "3")
        .Setting("Studio:ProtectedAccounts:0", ProtectedEmail)
        .Setting("Studio:MaxAttachmentSize", "1024");
}

/// <summary>Persons' special rules: the user limit, bot tokens, protected accounts, the default password.</summary>
public sealed class PersonsRulesTests(ConfiguredFixture fixture) : IClassFixture<ConfiguredFixture>
{
    private ApiClient Admin => fixture.Admin;

    [Fact]
    public async Task BotPost_AnswersWithAnAccessToken_ThatWorksUntilANewOneIsIssued()
    {
        var bot = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/persons",
            new { first_name = "Pipeline", last_name = "Bot", is_bot = true, role = "manager" });
        var client = fixture.Factory.Anonymous();
        client.UseToken(bot!["access_token"]!.GetValue<string>());

        var before = await client.GetAsync("/auth/authenticated");
        var renewed = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{bot.Id()}", new { expiration_date = "2099-01-01" });
        var oldToken = await client.GetAsync("/auth/authenticated");
        client.UseToken(renewed!["access_token"]!.GetValue<string>());
        var newToken = await client.GetAsync("/auth/authenticated");

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(bot.Id(), before.Body!["user"].Id());
        Assert.Equal(HttpStatusCode.Unauthorized, oldToken.Status);
        Assert.Equal(HttpStatusCode.OK, newToken.Status);
        Assert.Null((await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/persons/{bot.Id()}"))!["access_token"]);
    }

    [Fact]
    public async Task ProtectedAccount_CannotBeDemotedDeactivatedOrRePasswordedByTheAdmin()
    {
        var boss = await EnsureProtectedAsync(Admin);

        var role = await Admin.PutAsync($"/data/persons/{boss}", new { role = "user" });
        var active = await Admin.PutAsync($"/data/persons/{boss}", new { active = false });
        var password = await Admin.PostAsync($"/actions/persons/{boss}/change-password", new { password = "another-secret", password_2 = "another-secret" });
        var name = await Admin.PutAsync($"/data/persons/{boss}", new { phone = "0123" });

        Assert.Equal(HttpStatusCode.Forbidden, role.Status);
        Assert.Equal(HttpStatusCode.Forbidden, active.Status);
        Assert.Equal(HttpStatusCode.Forbidden, password.Status);
        Assert.Equal(HttpStatusCode.OK, name.Status);
    }

    [Fact]
    public async Task Login_WithTheDefaultPassword_AsksForANewOne_AndTheResetTokenSetsIt()
    {
        var email = Unique();
        await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/persons",
            new { first_name = "New", last_name = "Comer", email, password = "default", role = "user" });
        var anonymous = fixture.Factory.Anonymous();

        var login = await anonymous.PostAsync("/auth/login", new { email, password = "default" });
        var token = login.Body!["token"]!.GetValue<string>();
        var wrongToken = await anonymous.PutAsync("/auth/reset-password", new { email, token = "nope", password = "a-new-password", password2 = "a-new-password" });
        var mismatch = await anonymous.PutAsync("/auth/reset-password", new { email, token, password = "a-new-password", password2 = "other-password" });
        var reset = await anonymous.PutAsync("/auth/reset-password", new { email, token, password = "a-new-password", password2 = "a-new-password" });
        var again = await anonymous.PostAsync("/auth/login", new { email, password = "a-new-password" });

        Assert.Equal(HttpStatusCode.BadRequest, login.Status);
        Assert.False(login.Body["login"]!.GetValue<bool>());
        Assert.True(login.Body["default_password"]!.GetValue<bool>());
        Assert.Equal("Wrong or expired token.", wrongToken.Body!["message"]!.GetValue<string>());
        Assert.Equal("Confirmation password doesn't match.", mismatch.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, reset.Status);
        Assert.True(reset.Body!["success"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    internal static async Task<string> EnsureProtectedAsync(ApiClient admin)
    {
        var found = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/persons?email={ConfiguredFixture.ProtectedEmail}");
        if (found!.AsArray().Count > 0)
        {
            return found[0].Id();
        }

        return (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/persons",
            new { first_name = "The", last_name = "Boss", email = ConfiguredFixture.ProtectedEmail, role = "admin" })).Id();
    }

    internal static string Unique() => $"p-{Guid.NewGuid():N}@example.com";
}

/// <summary>ZOU: <c>USER_LIMIT</c>, on a server of its own so that no other test fills the places.</summary>
public sealed class UserLimitTests(ConfiguredFixture fixture) : IClassFixture<ConfiguredFixture>
{
    private ApiClient Admin => fixture.Admin;

    [Fact]
    public async Task UserLimit_CountsActiveHumans_NotBotsNorInactivePeople()
    {
        // The admin, the protected account and one more person fill the three places.
        await PersonsRulesTests.EnsureProtectedAsync(Admin);
        var third = await Admin.PostAsync("/data/persons", new { first_name = "Third", last_name = "One", email = PersonsRulesTests.Unique() });
        var bot = await Admin.PostAsync("/data/persons", new { first_name = "Render", last_name = "Bot", is_bot = true });
        var inactive = await Admin.PostAsync("/data/persons", new { first_name = "Gone", last_name = "One", email = PersonsRulesTests.Unique(), active = false });
        var refused = await Admin.PostAsync("/data/persons", new { first_name = "Fourth", last_name = "One", email = PersonsRulesTests.Unique() });
        var reactivate = await Admin.PutAsync($"/data/persons/{inactive.Body.Id()}", new { active = true });

        Assert.Equal(HttpStatusCode.Created, third.Status);
        Assert.Equal(HttpStatusCode.Created, bot.Status);
        Assert.Equal(HttpStatusCode.Created, inactive.Status);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("User limit reached.", refused.Body!["message"]!.GetValue<string>());
        Assert.Equal(3, refused.Body["data"]!["limit"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, reactivate.Status);

        // Freeing a place lets the next one in.
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{third.Body.Id()}", new { active = false });
        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsync($"/data/persons/{inactive.Body.Id()}", new { active = true })).Status);
    }
}

/// <summary>Attachments larger than <c>Studio:MaxAttachmentSize</c> are refused with a 400, and nothing is written.</summary>
public sealed class AttachmentLimitTests(ConfiguredFixture fixture) : IClassFixture<ConfiguredFixture>
{
    [Fact]
    public async Task OversizeAttachment_IsRefused_WithoutAComment()
    {
        var admin = fixture.Admin;
        var project = await admin.ProjectAsync();
        var character = await admin.IdOfAsync("entity-types", "Character");
        var asset = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/asset-types/{character}/assets/new", new { name = "Big file" })).Id();
        var modeling = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types?name=Modeling"))!.AsArray().First(t => t!["for_entity"]!.GetValue<string>() == "Asset").Id();
        var task = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = asset, task_type_id = modeling })).Id();
        var wip = await admin.IdOfAsync("task-status", "Work In Progress");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(wip), "task_status_id" },
            { new StringContent("Too big"), "comment" },
            { new ByteArrayContent(new byte[2048]), "file", "big.bin" },
        };

        var response = await admin.Http.PostAsync($"/api/actions/tasks/{task}/comment", form);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var comments = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{task}/comments");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The file is larger than the limit of 1024 bytes.", body["message"]!.GetValue<string>());
        Assert.Empty(comments!.AsArray());
        Assert.False(Directory.Exists(Path.Combine(fixture.Factory.DataDirectory, "attachments"))
            && Directory.EnumerateFiles(Path.Combine(fixture.Factory.DataDirectory, "attachments"), "*", SearchOption.AllDirectories).Any());
    }
}
