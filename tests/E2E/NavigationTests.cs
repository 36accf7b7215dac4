using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>Where people land: an artist on their tasks after signing in, anyone on Studio's own page for an address that leads nowhere.</summary>
[Collection(StudioCollection.Name)]
public sealed class NavigationTests(StudioServer server)
{
    [Fact]
    public async Task AnArtist_LandsOnMyTasks_AManagerOnTheProductions()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var artist = await api.PersonAsync("Ari", "Artist", "user");
        var manager = await api.PersonAsync("Mona", "Manager", "manager");

        var artistPage = await server.SignedInPageAsync(artist, StudioServer.AdminPassword);
        var managerPage = await server.SignedInPageAsync(manager, StudioServer.AdminPassword);

        Assert.EndsWith("/my-tasks", new Uri(artistPage.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("/", new Uri(managerPage.Url).AbsolutePath);
        await artistPage.Context.CloseAsync();
        await managerPage.Context.CloseAsync();
    }

    [Fact]
    public async Task AnUnknownAddress_ShowsStudiosNotFoundPage_WithA404()
    {
        var page = await server.SignedInPageAsync();

        var response = await page.GotoAsync("/no/such/page", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await StudioServer.WaitForCircuitAsync(page);
        await page.Locator("#not-found").WaitForAsync();

        Assert.Equal(404, response!.Status);
        Assert.Equal(1, await page.Locator("#sign-out").CountAsync());
        await StudioServer.ScreenshotAsync(page, "not-found");
        await page.Context.CloseAsync();
    }
}
