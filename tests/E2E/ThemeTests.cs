using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>
/// The dark theme: the app bar's switch turns it on at once, Studio remembers it for the person (another browser opens
/// dark, from its first paint), and the daily screens read well in it, on a desktop and on a phone.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class ThemeTests(StudioServer server)
{
    [Fact]
    public async Task TheDarkTheme_IsRememberedForThePerson_OnEveryBrowser()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var world = await api.WorldAsync("Night " + Guid.NewGuid().ToString("N")[..6]);
        var email = await api.PersonAsync("Dana", "Dark", "manager", world.Project);
        await api.PostAsync($"/api/actions/tasks/{world.AssetTask}/comment", new { task_status_id = await api.StatusAsync("wip"), comment = "Lights off" });

        var page = await server.SignedInPageAsync(email, StudioServer.AdminPassword);
        var theme = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Dark theme" });
        await Assertions.Expect(theme).ToHaveAttributeAsync("aria-pressed", "false");
        await theme.ClickAsync();
        await page.Locator(".studio-layout.studio-dark").WaitForAsync();
        await Assertions.Expect(theme).ToHaveAttributeAsync("aria-pressed", "true");

        // The page turns dark at once; the person's choice is stored just after (the button is busy until then).
        await Assertions.Expect(theme).ToHaveAttributeAsync("aria-busy", "false");

        // Another browser of the same person: dark from the page shell on, before the circuit connects.
        var other = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl, ViewportSize = StudioServer.Desktop, StorageState = await page.Context.StorageStateAsync(),
        });
        var second = await other.NewPageAsync();
        await second.GotoAsync($"/productions/{world.Project}/assets", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("studio-dark", await second.EvaluateAsync<string>("() => document.documentElement.className"));
        await StudioServer.WaitForCircuitAsync(second);
        await second.Locator(".studio-layout.studio-dark tr[data-entity=Hero]").WaitForAsync();

        var phone = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl, ViewportSize = StudioServer.Phone, IsMobile = true, HasTouch = true, StorageState = await page.Context.StorageStateAsync(),
        });
        var third = await phone.NewPageAsync();
        foreach (var (path, ready, name) in new[]
        {
            ($"/productions/{world.Project}/assets?task={world.AssetTask}", "#task-panel #comment-form", "dark-assets-task-panel"),
            ($"/productions/{world.Project}/shots", "tr[data-entity=SH010]", "dark-shots"),
            ($"/productions/{world.Project}/settings", "#parameters-form", "dark-production-settings"),
            ("/notifications", "h1", "dark-notifications"),
        })
        {
            foreach (var browser in new[] { second, third })
            {
                await StudioServer.OpenAsync(browser, path);
                await browser.WaitForSelectorAsync(ready);
                await StudioServer.ScreenshotAsync(browser, name);
            }
        }

        // Back to light, for every browser again.
        await theme.ClickAsync();
        await page.Locator(".studio-layout.studio-light").WaitForAsync();
        await StudioServer.OpenAsync(second, "/my-tasks");
        await second.Locator(".studio-layout.studio-light").WaitForAsync();
        await phone.CloseAsync();
        await other.CloseAsync();
        await page.Context.CloseAsync();
    }
}
