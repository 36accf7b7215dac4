using System.Globalization;
using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>Days off in a browser: a person records one, sees it on their production's calendar, and removes it.</summary>
[Collection(StudioCollection.Name)]
public sealed class DayOffsTests(StudioServer server)
{
    [Fact]
    public async Task APerson_RecordsADayOff_SeesItOnTheCalendar_AndRemovesIt()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var name = "Calendar " + Guid.NewGuid().ToString("N")[..6];
        var world = await api.WorldAsync(name);
        var email = await api.PersonAsync("Dora", "Off", "user", world.Project);
        var person = await api.IdAsync($"/api/data/persons?email={Uri.EscapeDataString(email)}");

        // Days of the month the calendar opens on (this month), so that it shows them without paging.
        var today = DateTime.Today;
        string Day(int day) => new DateOnly(today.Year, today.Month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = await server.SignedInPageAsync(email, StudioServer.AdminPassword);
        await StudioServer.OpenAsync(page, "/day-offs");
        await page.FillAsync("#day-off-from", Day(14));
        await page.FillAsync("#day-off-to", Day(15));
        await page.FillAsync("#day-off-reason", "Dentist");
        await page.ClickAsync("#add-day-off");
        var recorded = page.Locator("[data-day-off]");
        await Assertions.Expect(recorded).ToHaveCountAsync(1);
        await Assertions.Expect(recorded).ToContainTextAsync("Dentist");
        var stored = (await api.GetAsync($"/api/data/persons/{person}/day-offs")).AsArray().Single()!;
        Assert.Equal((Day(14), Day(15)), (stored["date"]!.GetValue<string>(), stored["end_date"]!.GetValue<string>()));

        await StudioServer.PickAsync(page, ".mud-select:has(#calendar-production)", name);
        var line = page.Locator($"tr[data-person='{person}']");
        await Assertions.Expect(line.Locator($"td[data-day='{Day(14)}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("studio-calendar-off"));
        await Assertions.Expect(line.Locator($"td[data-day='{Day(15)}']")).ToHaveAttributeAsync("title", "Off: Dentist");
        await Assertions.Expect(line.Locator($"td[data-day='{Day(16)}']")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("studio-calendar-off"));
        await StudioServer.ScreenshotAsync(page, "day-offs");

        await recorded.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(recorded).ToHaveCountAsync(0);
        Assert.Empty((await api.GetAsync($"/api/data/persons/{person}/day-offs")).AsArray());

        // Live: a day off recorded for her elsewhere (here by an administrator, through the API) appears without a reload.
        await api.PutAsync($"/api/data/persons/{person}/day-offs/{Day(20)}", new { description = "Training" });
        await Assertions.Expect(recorded).ToContainTextAsync("Training");
        await page.Context.CloseAsync();
    }
}
