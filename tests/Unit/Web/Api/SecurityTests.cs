using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>Zou's past security holes, one test each, so Studio never repeats them.</summary>
public sealed class SecurityTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task ListFilteredById_RevealsNothingTheSingleRouteRefuses()
    {
        var (artist, _) = await fixture.Factory.PersonAsync("user");
        var project = fixture.World["project"];
        var task = fixture.World["task"];

        var single = await artist.GetAsync($"/data/projects/{project}");
        var listed = await artist.GetAsync($"/data/projects?id={project}");
        var singleTask = await artist.GetAsync($"/data/tasks/{task}");
        var listedTask = await artist.GetAsync($"/data/tasks?id={task}");

        Assert.Equal(HttpStatusCode.Forbidden, single.Status);
        Assert.Empty(listed.Body!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, singleTask.Status);
        Assert.Empty(listedTask.Body!.AsArray());
    }

    [Fact]
    public async Task TeamMember_SeesTheProjectInListsAndSingleRoute()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var project = fixture.World["project"];
        await fixture.Admin.TeamAddAsync(project, artistId);

        var single = await artist.GetAsync($"/data/projects/{project}");
        var listed = await artist.GetAsync("/data/projects");

        Assert.Equal(HttpStatusCode.OK, single.Status);
        Assert.Equal("Open", single.Body!["project_status_name"]!.GetValue<string>());
        Assert.Contains(listed.Body!.AsArray(), p => p.Id() == project);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("password_hash")]
    [InlineData("totp_secret")]
    [InlineData("jti")]
    [InlineData("security_stamp")]
    public async Task FilterOnHiddenPersonColumn_IsRefused(string column)
    {
        var (status, body) = await fixture.Admin.GetAsync($"/data/persons?{column}=x");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"Filtering on {column} is not allowed.", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task FilterOnNonPublicPersonColumn_ByArtist_IsRefused()
    {
        var (artist, _) = await fixture.Factory.PersonAsync("user");

        var (status, _) = await artist.GetAsync("/data/persons?daily_salary=0");
        var allowed = await artist.GetAsync("/data/persons?first_name=Super");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
    }

    [Fact]
    public async Task PersonResponses_NeverCarrySecrets()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        string[] secrets = ["password", "password_hash", "security_stamp", "concurrency_stamp", "totp_secret", "email_otp_secret", "otp_recovery_codes", "fido_credentials", "jti", "access_failed_count", "lockout_end", "normalized_email", "user_name"];

        var bodies = new[]
        {
            (await fixture.Admin.GetAsync("/data/persons")).Body!.ToJsonString(),
            (await fixture.Admin.GetAsync($"/data/persons/{artistId}")).Body!.ToJsonString(),
            (await artist.GetAsync("/auth/authenticated")).Body!.ToJsonString(),
            (await fixture.Admin.PutAsync($"/data/persons/{artistId}", new { phone = "123" })).Body!.ToJsonString(),
        };

        foreach (var body in bodies)
        {
            Assert.DoesNotContain(secrets, s => body.Contains($"\"{s}\"", StringComparison.Ordinal));
            Assert.DoesNotContain("AQAAAA", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Put_CannotMoveARowIntoAnotherProject()
    {
        var other = await fixture.Admin.ProjectAsync();
        var entity = fixture.World["entity"];
        var task = fixture.World["task"];

        await fixture.Admin.PutAsync($"/data/entities/{entity}", new { project_id = other, description = "moved?" });
        await fixture.Admin.PutAsync($"/data/tasks/{task}", new { project_id = other });
        var entityAfter = await fixture.Admin.GetAsync($"/data/entities/{entity}");
        var taskAfter = await fixture.Admin.GetAsync($"/data/tasks/{task}");

        Assert.Equal(fixture.World["project"], entityAfter.Body!["project_id"]!.GetValue<string>());
        Assert.Equal("moved?", entityAfter.Body!["description"]!.GetValue<string>());
        Assert.Equal(fixture.World["project"], taskAfter.Body!["project_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_CannotChooseTheId()
    {
        var chosen = Guid.NewGuid().ToString();

        var created = await fixture.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/departments", new { id = chosen, name = "Chosen " + chosen[..6], color = "#000000" });

        Assert.NotEqual(chosen, created.Id());
    }

    [Fact]
    public async Task ArtistPut_OnThemself_CannotChangeTheirRole()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");

        var promote = await artist.PutAsync($"/data/persons/{artistId}", new { role = "admin" });
        var rename = await artist.PutAsync($"/data/persons/{artistId}", new { first_name = "Renamed" });
        var other = await artist.PutAsync($"/data/persons/{fixture.World["admin"]}", new { first_name = "Hacked" });

        Assert.Equal(HttpStatusCode.Forbidden, promote.Status);
        Assert.Equal(HttpStatusCode.OK, rename.Status);
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
    }

    [Fact]
    public async Task SigningKey_IsGeneratedPerInstallation()
    {
        var key = Path.Combine(fixture.Factory.DataDirectory, "keys", "jwt-signing.key");
        await using var second = new StudioApiFactory();
        await ((IAsyncLifetime)second).InitializeAsync();
        await second.AdminAsync();
        await fixture.Factory.AdminAsync();
        var secondKey = Path.Combine(second.DataDirectory, "keys", "jwt-signing.key");

        var firstText = await File.ReadAllTextAsync(key);
        var secondText = await File.ReadAllTextAsync(secondKey);
        var token = (await fixture.Factory.AdminAsync()).Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var foreign = second.Anonymous();
        foreign.UseToken(token);
        var (status, _) = await foreign.GetAsync("/data/projects");
        await ((IAsyncLifetime)second).DisposeAsync();

        Assert.NotEqual(firstText, secondText);
        Assert.True(Convert.FromBase64String(firstText).Length >= 64);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
    }

    [Fact]
    public async Task DeactivatedPerson_TokenStopsWorkingAtOnce()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/authenticated");

        await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{artistId}", new { active = false });
        var (status, _) = await artist.GetAsync("/auth/authenticated");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }
}
