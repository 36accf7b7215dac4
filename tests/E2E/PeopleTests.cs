using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>The people page: an administrator adds a person with a role and a department, edits and deactivates them;
/// an invitation without a mail server says what is missing.</summary>
[Collection(StudioCollection.Name)]
public sealed class PeopleTests(StudioServer server)
{
    [Fact]
    public async Task AnAdministrator_AddsEditsAndDeactivatesAPerson()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var department = (await api.PostAsync("/api/data/departments", new { name = "Lighting " + suffix, color = "#ffaa00" }))["id"]!.GetValue<string>();
        var email = $"lena.{suffix}@example.com";

        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, "/people");
        await page.ClickAsync("#new-person");
        await page.FillAsync("#person-first-name", "Lena");
        await page.FillAsync("#person-last-name", "Light " + suffix);
        await page.FillAsync("#person-email", email);
        await StudioServer.PickAsync(page, ".mud-select:has(#person-role)", "Supervisor");
        await StudioServer.PickManyAsync(page, ".mud-select:has(#person-departments)", "Lighting " + suffix);
        await page.ClickAsync("#save-person");

        var row = page.Locator("tr[data-person]").Filter(new LocatorFilterOptions { HasText = email });
        await Assertions.Expect(row).ToContainTextAsync("Supervisor");
        await Assertions.Expect(row).ToContainTextAsync("Lighting " + suffix);
        var id = await api.IdAsync($"/api/data/persons?email={Uri.EscapeDataString(email)}");
        var person = await api.GetAsync($"/api/data/persons/{id}");
        Assert.Equal("supervisor", person["role"]!.GetValue<string>());
        Assert.Equal([department], person["departments"]!.AsArray().Select(d => d!.GetValue<string>()));

        // An invitation needs a mail server: this one has none, and the page says so.
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = $"Invite Lena Light {suffix}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "E-mail is not configured" })).ToBeVisibleAsync();

        // Deactivated, the person leaves the active list for the inactive one.
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = $"Edit Lena Light {suffix}" }).ClickAsync();
        await page.ClickAsync("#person-active");
        await page.ClickAsync("#save-person");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await page.ClickAsync("#show-inactive");
        await Assertions.Expect(row).ToContainTextAsync("Inactive");
        Assert.False((await api.GetAsync($"/api/data/persons/{id}"))["active"]!.GetValue<bool>());
        await StudioServer.ScreenshotAsync(page, "people");

        // Live: a person added elsewhere (here through the API) appears on the open page without a reload.
        await page.ClickAsync("#show-inactive");
        var other = await api.PersonAsync("Otto", "Live" + suffix, "user");
        await Assertions.Expect(page.Locator("tr[data-person]").Filter(new LocatorFilterOptions { HasText = other })).ToContainTextAsync("Otto Live" + suffix);
        await page.Context.CloseAsync();
    }
}
