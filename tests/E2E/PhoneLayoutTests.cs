using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>
/// Studio on a phone (390 × 844): the notification bell and sign-out stay in the header, the menu opens over the
/// page, and a list's status columns can be reached. Screenshots of the daily screens at that size.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class PhoneLayoutTests(StudioServer server)
{
    [Fact]
    public async Task AtPhoneWidth_TheHeaderKeepsItsControls_AndTheListsTheirStatuses()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var world = await api.WorldAsync("Phone " + Guid.NewGuid().ToString("N")[..6]);
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl, ViewportSize = StudioServer.Phone, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await StudioServer.ScreenshotAsync(page, "sign-in");
        await StudioServer.SignInAsync(page, StudioServer.AdminEmail, StudioServer.AdminPassword);
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal), StudioServer.Committed);
        await StudioServer.WaitForCircuitAsync(page);

        foreach (var control in new[] { "#notifications-link", "#sign-out", "#production-switcher" })
        {
            await AssertInViewportAsync(page, control);
        }

        await page.WaitForSelectorAsync($".studio-productions a[href='productions/{world.Project}/assets']");
        await AssertInViewportAsync(page, $".studio-productions a[href='productions/{world.Project}/assets']");
        await StudioServer.ScreenshotAsync(page, "productions");

        // The menu opens over the page and closes once a page is chosen.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Menu" }).ClickAsync();
        await page.Locator(".studio-drawer.mud-drawer--open").WaitForAsync();
        await StudioServer.ScreenshotAsync(page, "menu");
        await page.Locator(".studio-drawer").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "My tasks" }).ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/my-tasks", StringComparison.Ordinal), StudioServer.Committed);
        await page.Locator(".studio-drawer.mud-drawer--open").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        await StudioServer.OpenAsync(page, $"/productions/{world.Project}/shots");
        await page.WaitForSelectorAsync("tr[data-entity=SH010]");
        var status = page.Locator("tr[data-entity=SH010] .studio-cell").First;
        await status.ScrollIntoViewIfNeededAsync();
        await AssertInViewportAsync(page, "tr[data-entity=SH010] .studio-cell >> nth=0");
        await StudioServer.ScreenshotAsync(page, "shots");

        foreach (var (path, ready, name) in new[]
        {
            ($"/productions/{world.Project}/assets", "tr[data-entity=Hero]", "assets"),
            ($"/productions/{world.Project}/shots?task={world.ShotTask}", "#task-panel #comment-form", "shots-task-panel"),
            ($"/tasks/{world.ShotTask}", "#task-panel #comment-form", "task-page"),
            ("/my-tasks", "h1", "my-tasks"),
            ("/notifications", "h1", "notifications"),
            ($"/productions/{world.Project}/breakdown", "#casting-shots", "breakdown"),
            ($"/productions/{world.Project}/settings", "#parameters-form", "production-settings"),
            ($"/productions/{world.Project}/task-types/{world.Modeling}", ".studio-task-type", "task-type"),
            ("/no/such/page", "#not-found", "not-found"),
        })
        {
            await StudioServer.OpenAsync(page, path);
            await page.WaitForSelectorAsync(ready);
            await AssertInViewportAsync(page, "#sign-out");
            await StudioServer.ScreenshotAsync(page, name);
        }

        await context.CloseAsync();
    }

    /// <summary>The element is shown and lies inside the 390-pixel-wide viewport.</summary>
    private static async Task AssertInViewportAsync(IPage page, string selector)
    {
        var box = await page.Locator(selector).First.BoundingBoxAsync();
        Assert.True(box is { Width: > 0, Height: > 0 }, $"{selector} is not shown.");
        Assert.True(box.X >= 0 && box.X + box.Width <= 391, $"{selector} lies outside the screen: x {box.X}, width {box.Width}.");
    }
}
