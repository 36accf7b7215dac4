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

        // Create the production, then choose its task types in its settings.
        await StudioServer.ScreenshotAsync(page, "productions");
        await page.ClickAsync("#new-production-toggle");
        await page.FillAsync("#new-production", name);
        await page.ClickAsync("#create-production");
        await page.WaitForURLAsync(url => url.EndsWith("/settings", StringComparison.Ordinal), StudioServer.Committed);
        var projectId = page.Url.Split('/')[^2];
        await page.WaitForSelectorAsync("#parameters-form");
        await page.ClickAsync("#tab-task-types, [role=tab]:has-text('Task types')");
        await page.Locator("label:has-text('Modeling') .rz-chkbox-box").First.ClickAsync();
        await page.Locator("label:has-text('Animation') .rz-chkbox-box").First.ClickAsync();
        await page.ClickAsync("#save-task-types");
        await page.WaitForSelectorAsync("#settings-saved");
        await StudioServer.ScreenshotAsync(page, "production-settings");

        // An asset, created inline, then its Modeling task.
        await StudioServer.OpenAsync(page, $"/productions/{projectId}/assets");
        await page.WaitForSelectorAsync("#empty-list");
        await StudioServer.PickAsync(page, "#new-parent", "Character");
        await page.FillAsync("#new-name", "Hero");
        await page.ClickAsync("#create-entity");
        await page.WaitForSelectorAsync("tr[data-entity=Hero]");
        await StudioServer.PickAsync(page, "#new-task-type", "Modeling");
        await page.ClickAsync("#create-tasks");
        await page.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=todo]");

        // A shot in a new sequence, and its Animation task from the empty cell.
        await StudioServer.OpenAsync(page, $"/productions/{projectId}/shots");
        await page.FillAsync("#new-sequence", "SQ01");
        await page.FillAsync("#new-name", "SH010");
        await page.ClickAsync("#create-entity");
        await page.WaitForSelectorAsync("tr[data-entity=SH010]");
        await StudioServer.ClickUntilAsync(page, "tr[data-entity=SH010] .studio-cell-empty", "tr[data-entity=SH010] [data-status=todo]");
        await StudioServer.ScreenshotAsync(page, "shots");

        // A colleague has the asset list open in another browser.
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var colleagueEmail = await api.PersonAsync("Ada", "Colleague", "manager", projectId);
        var colleague = await server.SignedInPageAsync(colleagueEmail);
        await StudioServer.OpenAsync(colleague, $"/productions/{projectId}/assets");
        await colleague.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=todo]");

        // Open the task, post a comment that moves it to WIP: the list, the feed and the colleague's page follow.
        await StudioServer.OpenAsync(page, $"/productions/{projectId}/assets");
        await page.ClickAsync("tr[data-entity=Hero] [data-status=todo]");
        await page.WaitForSelectorAsync("#task-panel #comment-form");
        await StudioServer.PickAsync(page, "#comment-status", "Work In Progress");
        await page.FillAsync("#comment-text", "Blocking done, starting the details.");
        await page.ClickAsync("#comment-post");
        await page.WaitForSelectorAsync("#comment-feed .studio-comment:has-text('starting the details')");
        await page.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=wip]");
        await colleague.WaitForSelectorAsync("tr[data-entity=Hero] [data-status=wip]", new PageWaitForSelectorOptions { Timeout = 15000 });
        await StudioServer.ScreenshotAsync(colleague, "assets-live");

        // A preview: upload progress, the pipeline's progress, then the movie plays in the panel.
        var clip = await StudioServer.MovieAsync("hero-v1.mp4", seconds: 2);
        await StudioServer.PickAsync(page, "#comment-status", "Waiting For Approval");
        await page.FillAsync("#comment-text", "First pass, please review.");
        await page.SetInputFilesAsync("#comment-preview", clip);
        await page.ClickAsync("#comment-post");
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
