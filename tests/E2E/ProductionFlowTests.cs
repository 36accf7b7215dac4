using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>
/// A production's first day in the browser: create it and choose its task types, add an asset and a shot, create
/// their tasks, post a comment that changes a status, upload a preview and watch it play; a colleague's open page
/// follows without a reload.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class ProductionFlowTests(StudioServer server)
{
    [Fact]
    public async Task AProduction_IsBuiltInTheBrowser_AndAColleagueSeesItsChangesLive()
    {
        var page = await server.SignedInPageAsync();
        var name = "Film " + Guid.NewGuid().ToString("N")[..6];

        // Create the production in its dialog, then choose its task types in its settings.
        await StudioServer.ScreenshotAsync(page, "productions");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "New production" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync(name);
        await StudioServer.ScreenshotAsync(page, "new-production");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Create" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/settings", StringComparison.Ordinal), StudioServer.Committed);
        var projectId = page.Url.Split('/')[^2];
        await page.WaitForSelectorAsync("#parameters-form");
        await StudioServer.ScreenshotAsync(page, "production-settings");
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Task types" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Modeling", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Animation", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save task types" }).ClickAsync();
        await StudioServer.Snackbar(page, "Saved.").WaitForAsync();
        await StudioServer.ScreenshotAsync(page, "production-settings-task-types");

        // An asset, created inline, then its Modeling task.
        await StudioServer.OpenAsync(page, $"/productions/{projectId}/assets");
        await page.WaitForSelectorAsync("#empty-list");
        await StudioServer.PickAsync(page, "#new-parent", "Character");
        await page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "New name" }).FillAsync("Hero");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("tr[data-entity=Hero]");
        await StudioServer.PickAsync(page, "#new-task-type", "Modeling");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add tasks" }).ClickAsync();
        await page.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=todo]");

        // A shot in a new sequence, and its Animation task from the empty cell.
        await StudioServer.OpenAsync(page, $"/productions/{projectId}/shots");
        await page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "New sequence" }).FillAsync("SQ01");
        await page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "New name" }).FillAsync("SH010");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("tr[data-entity=SH010]");
        await StudioServer.ClickUntilAsync(page, "button[aria-label='Create the Animation task of SH010']", "tr[data-entity=SH010] [data-status=todo]");
        await StudioServer.ScreenshotAsync(page, "shots");

        // A colleague has the asset list open in another browser.
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var colleagueEmail = await api.PersonAsync("Ada", "Colleague", "manager", projectId);
        var colleague = await server.SignedInPageAsync(colleagueEmail);
        await StudioServer.OpenAsync(colleague, $"/productions/{projectId}/assets");
        await colleague.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=todo]");

        // Open the task, post a comment that moves it to WIP: the list, the feed and the colleague's page follow.
        await StudioServer.OpenAsync(page, $"/productions/{projectId}/assets");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Hero Modeling: Todo" }).ClickAsync();
        await page.WaitForSelectorAsync("#task-panel #comment-form");
        await StudioServer.PickAsync(page, "#comment-status", "Work In Progress");
        await page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Comment" }).FillAsync("Blocking done, starting the details.");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Post" }).ClickAsync();
        await page.WaitForSelectorAsync("#comment-feed .studio-comment:has-text('starting the details')");
        await page.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=wip]");
        await colleague.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=wip]", new PageWaitForSelectorOptions { Timeout = 15000 });
        await StudioServer.ScreenshotAsync(colleague, "assets-live");

        // A preview: upload progress, the pipeline's progress, then the movie plays in the panel.
        var clip = await StudioServer.MovieAsync("hero-v1.mp4", seconds: 2);
        await StudioServer.PickAsync(page, "#comment-status", "Waiting For Approval");
        await page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Comment" }).FillAsync("First pass, please review.");
        await page.GetByLabel("Add a preview").SetInputFilesAsync(clip);
        await page.Locator("#comment-preview[data-files='1']").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Post" }).ClickAsync();
        var video = page.Locator("#preview-player video");
        await video.WaitForAsync(new LocatorWaitForOptions { Timeout = 90000 });
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('#preview-player video'); return v && v.readyState >= 2 && v.duration > 1; }",
            null, new PageWaitForFunctionOptions { Timeout = 30000 });
        await video.EvaluateAsync("v => { v.muted = true; return v.play(); }");
        await page.WaitForFunctionAsync("() => document.querySelector('#preview-player video').currentTime > 0.2", null, new PageWaitForFunctionOptions { Timeout = 15000 });
        await page.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=wfa]");
        await colleague.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=wfa]", new PageWaitForSelectorOptions { Timeout = 15000 });
        await StudioServer.ScreenshotAsync(page, "task-panel");

        await colleague.Context.CloseAsync();
        await page.Context.CloseAsync();
    }
}
