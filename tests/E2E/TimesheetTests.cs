using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>My timesheet in a browser: hours typed in the week grid are saved as the cells are left, are there after a
/// reload, and a day off cannot be typed in.</summary>
[Collection(StudioCollection.Name)]
public sealed class TimesheetTests(StudioServer server)
{
    [Fact]
    public async Task TypedHours_AreThereAfterAReload_AndADayOffBlocksItsDay()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var world = await api.WorldAsync("Timesheet " + Guid.NewGuid().ToString("N")[..6]);
        var email = await api.PersonAsync("Tim", "Sheet", "user", world.Project);
        var person = await api.IdAsync($"/api/data/persons?email={Uri.EscapeDataString(email)}");
        await api.PutAsync($"/api/actions/persons/{person}/assign", new { task_ids = new[] { world.AssetTask } });
        await api.PostAsync("/api/data/day-offs", new { person_id = person, date = "2026-12-02", end_date = "2026-12-02", description = "Dentist" });

        var page = await server.SignedInPageAsync(email, StudioServer.AdminPassword);
        await StudioServer.OpenAsync(page, "/my-timesheet?week=2026-11-30");
        var row = page.Locator($"tr[data-task='{world.AssetTask}']");
        await row.WaitForAsync();

        // Monday by typing and Tab; Tuesday by the arrow key and Enter.
        var monday = row.Locator("input[data-col='0']");
        await monday.FillAsync("1.5");
        await monday.PressAsync("Tab");
        await page.Locator("[data-week-total]").Filter(new LocatorFilterOptions { HasText = "1.5" }).WaitForAsync();
        await monday.FocusAsync();
        await monday.PressAsync("End");
        await monday.PressAsync("ArrowRight");
        var tuesday = row.Locator("input[data-col='1']");
        await Assertions.Expect(tuesday).ToBeFocusedAsync();
        await tuesday.FillAsync("2:30");
        await tuesday.PressAsync("Enter");
        await page.Locator("[data-week-total]").Filter(new LocatorFilterOptions { HasText = "4" }).WaitForAsync();

        // The day off: its cell cannot be typed in, and the grid says why.
        var wednesday = row.Locator("input[data-col='2']");
        await Assertions.Expect(wednesday).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("th[data-day='2026-12-02']")).ToContainTextAsync("Day off");
        await StudioServer.ScreenshotAsync(page, "my-timesheet");

        await StudioServer.OpenAsync(page, "/my-timesheet?week=2026-11-30");
        await Assertions.Expect(row.Locator("input[data-col='0']")).ToHaveValueAsync("1.5");
        await Assertions.Expect(row.Locator("input[data-col='1']")).ToHaveValueAsync("2.5");
        await Assertions.Expect(page.Locator($"[data-total='{world.AssetTask}']")).ToHaveTextAsync("4");

        var logged = (await api.GetAsync($"/api/data/persons/{person}/time-spents")).AsArray();
        Assert.Equal([("2026-11-30", 90.0), ("2026-12-01", 150.0)], logged.Select(t => (t!["date"]!.GetValue<string>(), t["duration"]!.GetValue<double>())));
        Assert.Equal(240, (await api.GetAsync($"/api/data/tasks/{world.AssetTask}"))["duration"]!.GetValue<double>());
        await page.Context.CloseAsync();

        // The team's sheet of that week, for an administrator: the hours per day, and behind a day, its tasks.
        var team = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(team, $"/timesheets?span=week&date=2026-11-30&project={world.Project}");
        var line = team.Locator($"tr[data-person='{person}']");
        await Assertions.Expect(line.Locator("[data-total]")).ToHaveTextAsync("4");
        await line.Locator("button[data-column='2026-12-01']").ClickAsync();
        var details = team.Locator("#time-details");
        await Assertions.Expect(details).ToContainTextAsync("Tim Sheet");
        await Assertions.Expect(details.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(details.Locator("tbody tr")).ToContainTextAsync("Modeling of Hero");
        await Assertions.Expect(details.Locator("tbody tr td")).ToHaveTextAsync("2.5");
        await StudioServer.ScreenshotAsync(team, "team-timesheet");

        // The same sheet as a CSV file: a line per person with their hours per day and their total.
        var download = await team.RunAndWaitForDownloadAsync(() => team.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Export CSV" }).ClickAsync());
        Assert.Equal("timesheet-week-2026-11-30.csv", download.SuggestedFilename);
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.StartsWith("Person;Monday 30 November 2026;", csv[0], StringComparison.Ordinal);
        Assert.Equal("Tim Sheet;1.5;2.5;;;;;;4", csv[1]);
        Assert.Equal("Total;1.5;2.5;;;;;;4", csv[^1]);

        // Live: time logged elsewhere (here through the API) shows on the open sheet without a reload.
        await api.PostAsync($"/api/actions/tasks/{world.AssetTask}/time-spents/2026-12-04/persons/{person}", new { duration = 60 });
        await Assertions.Expect(line.Locator("[data-total]")).ToHaveTextAsync("5");

        // The artist is not offered the team's sheet.
        await StudioServer.OpenAsync(page = await server.SignedInPageAsync(email, StudioServer.AdminPassword), "/timesheets");
        await Assertions.Expect(page.Locator(".studio-empty")).ToContainTextAsync("for supervisors, managers and administrators");
        await page.Context.CloseAsync();
        await team.Context.CloseAsync();
    }
}
