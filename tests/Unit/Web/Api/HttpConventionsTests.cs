using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>What every route shares with Zou: methods, security headers, error bodies, pagination bounds.</summary>
public sealed class HttpConventionsTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private static readonly string[] SecurityHeaderNames = ["X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy"];

    [Theory]
    [InlineData("/api/")]
    [InlineData("/api")]
    [InlineData("/api/status")]
    public async Task Head_AnswersLikeGet(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);

        using var response = await fixture.Factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Head_OnASecuredRoute_NeedsATokenLikeGet()
    {
        using var anonymous = new HttpRequestMessage(HttpMethod.Head, "/api/data/projects");
        using var signedIn = new HttpRequestMessage(HttpMethod.Head, "/api/data/projects");
        signedIn.Headers.Authorization = fixture.Admin.Http.DefaultRequestHeaders.Authorization;

        using var refused = await fixture.Factory.CreateClient().SendAsync(anonymous);
        using var allowed = await fixture.Factory.CreateClient().SendAsync(signedIn);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task KnownPath_WithAnotherMethod_Answers405AsZou()
    {
        var (status, body) = await fixture.Admin.PostAsync("/data/asset-types", new { name = "Vehicle" });
        var anonymous = await fixture.Factory.Anonymous().SendAsync(HttpMethod.Delete, "/data/projects");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("""{"error":true,"message":"The method is not allowed for the requested URL."}""", body!.ToJsonString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, anonymous.Status);
    }

    [Fact]
    public async Task UnknownPath_StillAnswers404()
    {
        var (status, body) = await fixture.Admin.PostAsync("/data/no-such-collection", new { name = "x" });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.StartsWith("404 Not Found", body!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET", "/api/data/projects/00000000-0000-0000-0000-000000000001", true, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/data/projects/not-an-id", true, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/data/projects", false, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/data/asset-types", true, HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/no/such/route", false, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/", false, HttpStatusCode.OK)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string method, string path, bool signedIn, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (signedIn)
        {
            request.Headers.Authorization = fixture.Admin.Http.DefaultRequestHeaders.Authorization;
        }

        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await fixture.Factory.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        foreach (var name in SecurityHeaderNames)
        {
            Assert.True(response.Headers.Contains(name), $"{name} missing on {(int)response.StatusCode}");
        }

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Pagination_HugePageAndLimit_AnswerAnEmptyPage()
    {
        var (status, body) = await fixture.Admin.GetAsync("/data/task-status?page=2147483647&limit=2147483647");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body!["data"]!.AsArray());
        Assert.Equal(2147483647, body["limit"]!.GetValue<int>());
        Assert.Equal(1, body["nb_pages"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("chat_token_slack")]
    [InlineData("chat_webhook_mattermost")]
    [InlineData("chat_token_discord")]
    public async Task OrganisationChatTokens_AsFilterByNonAdmin_AreRefused(string column)
    {
        var (artist, _) = await fixture.Factory.PersonAsync("user");

        var refused = await artist.GetAsync($"/data/organisations?{column}=x");
        var admin = await fixture.Admin.GetAsync($"/data/organisations?{column}=x");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal($"Filtering on {column} is not allowed.", refused.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, admin.Status);
    }

    [Fact]
    public async Task SeededTaskTypes_HaveAnEmptyShortName()
    {
        var types = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types");

        Assert.All(types!.AsArray().Where(t => t!["name"]!.GetValue<string>() is "Modeling" or "Animation"), t => Assert.Equal("", t!["short_name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EntityCrudEvents_CarryTheKindId()
    {
        var created = await fixture.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/entities",
            new { name = "Event asset " + Guid.NewGuid().ToString("N")[..6], project_id = fixture.World["project"], entity_type_id = fixture.World["asset_type"] });
        await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/entities/{created.Id()}", new { description = "x" });
        await fixture.Admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/data/entities/{created.Id()}");

        foreach (var action in new[] { "new", "update", "delete" })
        {
            var events = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/events?name=asset:{action}");
            var mine = Assert.Single(events!.AsArray(), e => e!["data"]!["asset_id"]?.GetValue<string>() == created.Id());
            Assert.Null(mine!["data"]!["entity_id"]);
        }
    }

    [Fact]
    public async Task Use12HourClock_IsWrittenAndReadUnderZouName()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");

        var updated = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{artistId}", new { use_12_hour_clock = true });
        var created = await fixture.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/persons",
            new { first_name = "Clock", last_name = "Twelve", email = $"clock-{Guid.NewGuid():N}@example.com", use_12_hour_clock = true });
        var filtered = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/persons?use_12_hour_clock=true&id={artistId}");

        Assert.True(updated!["use_12_hour_clock"]!.GetValue<bool>());
        Assert.False(updated.AsObject().ContainsKey("use12_hour_clock"));
        Assert.True(created!["use_12_hour_clock"]!.GetValue<bool>());
        Assert.Single(filtered!.AsArray());
    }
}
