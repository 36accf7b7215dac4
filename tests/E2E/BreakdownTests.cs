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
        await page.ClickAsync("#casting-list [data-cast=Hero] button[aria-label='One more Hero']");
        await page.WaitForSelectorAsync("#casting-list [data-cast=Hero] [data-occurrences='2']");
        await StudioServer.ScreenshotAsync(page, "breakdown");

        // The API reads the same casting.
        var casting = (await api.GetAsync($"/api/data/projects/{world.Project}/entities/{world.Shot}/casting")).AsArray();
        Assert.Equal(2, casting.Single()!["nb_occurences"]!.GetValue<int>());

        // Read the other way: the shots Hero is cast in, changed from there.
        await page.ClickAsync("#casting-mode :text('Shots by asset')");
        await page.ClickAsync("#cast-in-assets [data-asset=Hero]");
        await page.WaitForSelectorAsync("#cast-in-list [data-cast-in=SH010] [data-occurrences='2']");
        await page.ClickAsync("#cast-in-list [data-cast-in=SH010] button[aria-label='One less in SH010']");
        await page.WaitForSelectorAsync("#cast-in-list [data-cast-in=SH010] [data-occurrences='1']");
        await StudioServer.ScreenshotAsync(page, "breakdown-by-asset");
        await page.ClickAsync("#casting-mode :text('Assets by shot')");

        await page.ClickAsync("#casting-list [data-cast=Hero] button[aria-label='Remove Hero']");
        await page.WaitForSelectorAsync("#casting-list [data-cast=Hero]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Assert.Empty((await api.GetAsync($"/api/data/projects/{world.Project}/entities/{world.Shot}/casting")).AsArray());
        await page.Context.CloseAsync();
    }
}
