using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>The studio's screens in a real browser (Debian's Chromium through Playwright).</summary>
public sealed class UiTests(StudioServer server) : IClassFixture<StudioServer>
{
    [Fact]
    public async Task SignIn_IsRequired_AndAWrongPasswordIsSaid()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/my-tasks");
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.FillAsync("#email", StudioServer.AdminEmail);
        await page.FillAsync("#password", "wrong-password");
        await page.ClickAsync("button[type=submit]");
        var alert = await page.WaitForSelectorAsync("[role=alert]");
        await StudioServer.ScreenshotAsync(page, "sign-in");

        Assert.Equal("Wrong e-mail or password.", (await alert!.InnerTextAsync()).Trim());
        await context.CloseAsync();
    }

    [Fact]
    public async Task Production_CreatedInTheUi_ThenItsAssetList_UpdatesLiveWhenSomeoneComments()
    {
        var page = await server.SignedInPageAsync();
        await StudioServer.ScreenshotAsync(page, "productions");
        var name = "Film " + Guid.NewGuid().ToString("N")[..6];

        await page.FillAsync("#new-production input, input#new-production", name);
        await ClickWhenReadyAsync(page, "#create-production");
        var link = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = name });
        await link.WaitForAsync();
        var projectId = (await link.GetAttributeAsync("href"))!.Split('/')[1];

        // Breakdown and a task through the API (gazu's way), then the asset list in the browser.
        using var api = await ApiAsync();
        var character = (await GetAsync(api, "/api/data/entity-types?name=Character"))![0]!["id"]!.GetValue<string>();
        var asset = (await PostAsync(api, $"/api/data/projects/{projectId}/asset-types/{character}/assets/new", new { name = "Hero" }))!["id"]!.GetValue<string>();
        var modeling = (await GetAsync(api, "/api/data/task-types?name=Modeling"))!.AsArray().First(t => t!["for_entity"]!.GetValue<string>() == "Asset")!["id"]!.GetValue<string>();
        var task = (await PostAsync(api, "/api/data/tasks", new { entity_id = asset, task_type_id = modeling }))!["id"]!.GetValue<string>();
        await link.ClickAsync();
        await page.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=todo]");
        await StudioServer.ScreenshotAsync(page, "assets");

        // Someone else moves the task to WIP: the open page shows it without a reload.
        var wip = (await GetAsync(api, "/api/data/task-status?short_name=wip"))![0]!["id"]!.GetValue<string>();
        await PostAsync(api, $"/api/actions/tasks/{task}/comment", new { task_status_id = wip, comment = "Started" });
        await page.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=wip]", new PageWaitForSelectorOptions { Timeout = 15000 });
        await StudioServer.ScreenshotAsync(page, "assets-live");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MyTasks_ListsTheSignedInPersonsTasks()
    {
        var page = await server.SignedInPageAsync();
        await page.GotoAsync("/my-tasks");
        await StudioServer.WaitForCircuitAsync(page);
        await page.WaitForSelectorAsync("h1:has-text('My tasks')");
        await StudioServer.ScreenshotAsync(page, "my-tasks");

        Assert.True(await page.Locator(".studio-empty, .studio-my-tasks").CountAsync() > 0);
        await page.Context.CloseAsync();
    }

    /// <summary>Clicks once the element is enabled; retries while the circuit may still be connecting.</summary>
    private static async Task ClickWhenReadyAsync(IPage page, string selector)
    {
        var button = page.Locator(selector);
        await Assertions.Expect(button).ToBeEnabledAsync(new LocatorAssertionsToBeEnabledOptions { Timeout = 10000 });
        await button.ClickAsync();
    }

    private async Task<HttpClient> ApiAsync()
    {
        var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = StudioServer.AdminEmail, password = StudioServer.AdminPassword });
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonNode?> GetAsync(HttpClient client, string path) => JsonNode.Parse(await client.GetStringAsync(path));

    private static async Task<JsonNode?> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {text}");
        return JsonNode.Parse(text);
    }
}
