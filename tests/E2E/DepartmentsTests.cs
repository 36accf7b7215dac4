using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>The departments page: an administrator adds a department, gives it a software, sees its people, archives it.</summary>
[Collection(StudioCollection.Name)]
public sealed class DepartmentsTests(StudioServer server)
{
    [Fact]
    public async Task AnAdministrator_AddsADepartment_GivesItSoftware_AndArchivesIt()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var software = (await api.PostAsync("/api/data/softwares", new { name = "Nuke " + suffix, short_name = "nk" + suffix, file_extension = "nk" }))["id"]!.GetValue<string>();

        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, "/departments");
        await page.FillAsync("#new-department", "Compositing " + suffix);
        await page.ClickAsync("#create-department");
        var row = page.Locator("tr[data-department]").Filter(new LocatorFilterOptions { HasText = "Compositing " + suffix });
        await row.WaitForAsync();
        var department = await row.GetAttributeAsync("data-department");

        await StudioServer.PickManyAsync(page, $"tr[data-department='{department}'] .mud-select >> nth=0", "Nuke " + suffix);
        await Assertions.Expect(row.Locator("input.mud-select-input").First).ToHaveValueAsync("Nuke " + suffix);
        var linked = (await api.GetAsync($"/api/data/departments/{department}/software-licenses")).AsArray();
        Assert.Equal([software], linked.Select(s => s!["id"]!.GetValue<string>()));

        // A person put in the department (through the API) appears in its row, live.
        var email = await api.PersonAsync("Carl", "Comp" + suffix, "user");
        var person = await api.IdAsync($"/api/data/persons?email={Uri.EscapeDataString(email)}");
        await api.PostAsync($"/api/actions/persons/{person}/departments/add", new { department_id = department });
        await Assertions.Expect(row).ToContainTextAsync("Carl Comp" + suffix);

        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = $"Archive Compositing {suffix}" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("archived");
        Assert.True((await api.GetAsync($"/api/data/departments/{department}"))["archived"]!.GetValue<bool>());
        await StudioServer.ScreenshotAsync(page, "departments");
        await page.Context.CloseAsync();
    }
}
