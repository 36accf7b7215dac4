using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>A task type page: every task of one type, bulk assignment and bulk status change.</summary>
[Collection(StudioCollection.Name)]
public sealed class TaskTypeTests(StudioServer server)
{
    [Fact]
    public async Task SelectedTasks_AreAssignedAndChangeStatus_Together()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var world = await api.WorldAsync("Bulk " + Guid.NewGuid().ToString("N")[..6]);
        var character = await api.IdAsync("/api/data/entity-types?name=Character");
        var sidekick = (await api.PostAsync($"/api/data/projects/{world.Project}/asset-types/{character}/assets/new", new { name = "Sidekick" }))["id"]!.GetValue<string>();
        await api.PostAsync("/api/data/tasks", new { entity_id = sidekick, task_type_id = world.Modeling });
        await api.PersonAsync("Grace", "Modeler", "user", world.Project);

        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, $"/productions/{world.Project}/task-types/{world.Modeling}");
        var hero = StudioServer.RowOf(page, "Character / Hero");
        var sidekickRow = StudioServer.RowOf(page, "Character / Sidekick");
        await sidekickRow.WaitForAsync();
        await page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Select every listed task" }).CheckAsync();
        var bar = page.GetByRole(AriaRole.Toolbar, new PageGetByRoleOptions { Name = "Selected tasks" });
        await bar.Filter(new LocatorFilterOptions { HasText = "2 selected" }).WaitForAsync();

        await StudioServer.ChooseAsync(page, "#bulk-person", "Grace Modeler");
        await bar.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Assign", Exact = true }).ClickAsync();
        await hero.Locator("[data-person='Grace Modeler']").WaitForAsync();
        await sidekickRow.Locator("[data-person='Grace Modeler']").WaitForAsync();

        await StudioServer.PickAsync(page, "#bulk-status", "Work In Progress");
        await bar.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Comment" }).FillAsync("Kick-off");
        await bar.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Change status" }).ClickAsync();
        await hero.Locator("[data-status=wip]").WaitForAsync();
        await sidekickRow.Locator("[data-status=wip]").WaitForAsync();
        await StudioServer.ScreenshotAsync(page, "task-type");

        var comments = (await api.GetAsync($"/api/data/tasks/{world.AssetTask}/comments")).AsArray();
        Assert.Contains(comments, c => c!["text"]!.GetValue<string>() == "Kick-off");
        await page.Context.CloseAsync();
    }
}
