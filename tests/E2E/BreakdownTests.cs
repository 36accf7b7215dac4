using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>The casting grid: choose shots, cast assets from the library, change occurrence counts, remove.</summary>
[Collection(StudioCollection.Name)]
public sealed class BreakdownTests(StudioServer server)
{
    [Fact]
    public async Task Casting_AddsAnAsset_CountsOccurrences_AndRemovesIt()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var world = await api.WorldAsync("Cast " + Guid.NewGuid().ToString("N")[..6]);
        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, $"/productions/{world.Project}/breakdown");

        await page.ClickAsync("#casting-shots [data-shot=SH010]");
        await page.ClickAsync("#casting-library [data-asset=Hero]");
        await page.WaitForSelectorAsync("#casting-list [data-cast=Hero] [data-occurrences='1']");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "One more Hero" }).ClickAsync();
        await page.WaitForSelectorAsync("#casting-list [data-cast=Hero] [data-occurrences='2']");
        await StudioServer.ScreenshotAsync(page, "breakdown");

        // The API reads the same casting.
        var casting = (await api.GetAsync($"/api/data/projects/{world.Project}/entities/{world.Shot}/casting")).AsArray();
        Assert.Equal(2, casting.Single()!["nb_occurences"]!.GetValue<int>());

        // Read the other way: the shots Hero is cast in, changed from there.
        await page.Locator("#casting-mode").GetByText("Shots by asset").ClickAsync();
        await page.ClickAsync("#cast-in-assets [data-asset=Hero]");
        await page.WaitForSelectorAsync("#cast-in-list [data-cast-in=SH010] [data-occurrences='2']");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "One less in SH010" }).ClickAsync();
        await page.WaitForSelectorAsync("#cast-in-list [data-cast-in=SH010] [data-occurrences='1']");
        await StudioServer.ScreenshotAsync(page, "breakdown-by-asset");
        await page.Locator("#casting-mode").GetByText("Assets by shot").ClickAsync();

        // Taking an asset out asks first: Cancel keeps it, Remove takes it out.
        var remove = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Remove Hero" });
        var dialog = page.GetByRole(AriaRole.Dialog);
        await remove.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Cancel" }).ClickAsync();
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.Single((await api.GetAsync($"/api/data/projects/{world.Project}/entities/{world.Shot}/casting")).AsArray());
        await remove.ClickAsync();
        await dialog.WaitForAsync();
        await StudioServer.ScreenshotAsync(page, "confirm-dialog");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Remove", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#casting-list [data-cast=Hero]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Assert.Empty((await api.GetAsync($"/api/data/projects/{world.Project}/entities/{world.Shot}/casting")).AsArray());
        await page.Context.CloseAsync();
    }
}
