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
        await page.WaitForSelectorAsync("tr[data-entity='Character / Sidekick']");
        await page.CheckAsync("#select-all");
        await page.WaitForSelectorAsync("#bulk-bar:has-text('2 selected')");

        await StudioServer.PickAsync(page, "#bulk-person", "Grace Modeler");
        await page.ClickAsync("#bulk-assign");
        await page.WaitForSelectorAsync("tr[data-entity='Character / Hero'] [data-person='Grace Modeler']");
        await page.WaitForSelectorAsync("tr[data-entity='Character / Sidekick'] [data-person='Grace Modeler']");

        await StudioServer.PickAsync(page, "#bulk-status", "Work In Progress");
        await page.FillAsync("#bulk-comment", "Kick-off");
        await page.ClickAsync("#bulk-apply-status");
        await page.WaitForSelectorAsync("tr[data-entity='Character / Hero'] [data-status=wip]");
        await page.WaitForSelectorAsync("tr[data-entity='Character / Sidekick'] [data-status=wip]");
        await StudioServer.ScreenshotAsync(page, "task-type");

        var comments = (await api.GetAsync($"/api/data/tasks/{world.AssetTask}/comments")).AsArray();
        Assert.Contains(comments, c => c!["text"]!.GetValue<string>() == "Kick-off");
        await page.Context.CloseAsync();
    }
}
