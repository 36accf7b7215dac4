using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>The quotas page: the frames each person made per month of a task type, in shots or seconds too, updated live.</summary>
[Collection(StudioCollection.Name)]
public sealed class QuotasTests(StudioServer server)
{
    [Fact]
    public async Task AManager_SeesWhoMadeHowMuch_PerMonth_AndItFollowsTheWork()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var world = await api.WorldAsync("Quotas " + Guid.NewGuid().ToString("N")[..6]);
        var email = await api.PersonAsync("Quin", "Quota", "user", world.Project);
        var person = await api.IdAsync($"/api/data/persons?email={Uri.EscapeDataString(email)}");
        await api.PutAsync($"/api/actions/persons/{person}/assign", new { task_ids = new[] { world.ShotTask } });
        var year = DateTime.UtcNow.Year;
        await api.PutAsync($"/api/data/tasks/{world.ShotTask}", new { real_start_date = $"{year}-01-15T09:00:00", end_date = $"{year}-01-15T17:00:00" });

        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, $"/productions/{world.Project}/quotas");
        await StudioServer.PickAsync(page, ".mud-select:has(#quota-task-type)", "Animation");
        var line = page.Locator($"tr[data-person='{person}']");
        await Assertions.Expect(line.Locator($"td[data-column='{year}-01']")).ToHaveTextAsync("48");
        await Assertions.Expect(page.Locator("#quota-table [data-sheet-total]")).ToHaveTextAsync("48");
        await StudioServer.ScreenshotAsync(page, "quotas");

        await StudioServer.PickAsync(page, ".mud-select:has(#quota-unit)", "Shots");
        await Assertions.Expect(line.Locator($"td[data-column='{year}-01']")).ToHaveTextAsync("1");

        // Live: the feedback moves to February elsewhere (here through the API); the open page follows.
        await api.PutAsync($"/api/data/tasks/{world.ShotTask}", new { real_start_date = $"{year}-02-16T09:00:00", end_date = $"{year}-02-16T17:00:00" });
        await Assertions.Expect(line.Locator($"td[data-column='{year}-02']")).ToHaveTextAsync("1");
        await Assertions.Expect(line.Locator($"td[data-column='{year}-01']")).ToHaveTextAsync("");
        await page.Context.CloseAsync();
    }
}
