using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>The task panel's collaboration: attachments, acknowledgements, replies, assignment and following a task.</summary>
[Collection(StudioCollection.Name)]
public sealed class TaskPanelTests(StudioServer server)
{
    [Fact]
    public async Task AComment_CarriesAttachments_IsAcknowledged_AndAnswered()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var world = await api.WorldAsync("Panel " + Guid.NewGuid().ToString("N")[..6]);
        await api.PersonAsync("Rosa", "Rigger", "user", world.Project);
        var notes = Path.Combine(Path.GetTempPath(), $"notes-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(notes, "Keep the elbows soft.");

        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, $"/tasks/{world.AssetTask}");
        await page.WaitForSelectorAsync("#task-panel #comment-form");

        // Assign someone and follow the task.
        await StudioServer.ChooseAsync(page, "#task-assign", "Rosa Rigger");
        await page.WaitForSelectorAsync("#task-panel [data-assignee='Rosa Rigger']");

        // A comment with an attached file.
        await page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Comment" }).FillAsync("Notes attached.");
        await page.GetByLabel("Attach files").SetInputFilesAsync(notes);
        await page.Locator("#comment-attachments[data-files='1']").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Post" }).ClickAsync();
        var comment = page.Locator("#comment-feed .studio-comment").Filter(new LocatorFilterOptions { HasText = "Notes attached." });
        await comment.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = Path.GetFileName(notes) }).WaitForAsync();

        // Acknowledged, then answered.
        await comment.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Acknowledge" }).ClickAsync();
        await comment.Locator("[data-acks='1'][aria-pressed=true]").WaitForAsync();
        await comment.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Reply" }).ClickAsync();
        await comment.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Your reply" }).FillAsync("Thanks, on it.");
        await comment.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Send" }).ClickAsync();
        await comment.Locator(".studio-replies").Filter(new LocatorFilterOptions { HasText = "Thanks, on it." }).WaitForAsync();
        await StudioServer.ScreenshotAsync(page, "task-page");

        // Unassigning asks first.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Unassign Rosa Rigger" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Unassign" }).ClickAsync();
        await page.WaitForSelectorAsync("#task-panel [data-assignee='Rosa Rigger']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });

        // The API sees the same comment, attachment, acknowledgement and reply.
        var stored = (await api.GetAsync($"/api/data/tasks/{world.AssetTask}/comments")).AsArray().Single(c => c!["text"]!.GetValue<string>() == "Notes attached.")!;
        Assert.Single(stored["attachment_files"]!.AsArray());
        Assert.Single(stored["acknowledgements"]!.AsArray());
        Assert.Equal("Thanks, on it.", stored["replies"]![0]!["text"]!.GetValue<string>());
        Assert.Empty((await api.GetAsync($"/api/data/tasks/{world.AssetTask}")).AsObject()["assignees"]!.AsArray());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheTaskPage_OpenedDirectly_KeepsTheTasksProductionInTheSwitcherAndTheMenu()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var name = "Context " + Guid.NewGuid().ToString("N")[..6];
        var world = await api.WorldAsync(name);

        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, $"/tasks/{world.ShotTask}");
        await page.WaitForSelectorAsync("#task-panel #task-title");

        await AssertProductionShownAsync(page, name, world.Project);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AClient_IsOfferedOnlyClientStatuses_AndNoPreviewUpload()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var world = await api.WorldAsync("Client view " + Guid.NewGuid().ToString("N")[..6]);
        var email = await api.PersonAsync("Carla", "Client", "client", world.Project);

        var page = await server.SignedInPageAsync(email, StudioServer.AdminPassword);
        await StudioServer.OpenAsync(page, $"/tasks/{world.ShotTask}");
        await page.WaitForSelectorAsync("#task-panel #comment-form");
        // The statuses a client may set (Retake in the seed) and the task's own (Todo), which a comment may keep.
        var statuses = (await api.GetAsync("/api/data/task-status")).AsArray();
        var expected = statuses.Where(t => !t!["for_concept"]!.GetValue<bool>() && (t["is_client_allowed"]!.GetValue<bool>() || t["short_name"]!.GetValue<string>() == "todo"))
            .Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Retake", expected);

        // The drop-down's items render after it opens: wait for them all before reading them.
        await page.ClickAsync("#comment-status");
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(expected.Count);
        var options = await page.Locator(".mud-popover-open .mud-list-item").AllInnerTextsAsync();
        Assert.All(expected, name => Assert.Contains(options, o => o.Contains(name, StringComparison.Ordinal)));
        Assert.DoesNotContain(options, o => o.Contains("Done", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("#comment-preview").CountAsync());
        Assert.Equal(1, await page.Locator("#comment-attachments").CountAsync());
        await page.Context.CloseAsync();

        var admin = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(admin, $"/tasks/{world.ShotTask}");
        await admin.WaitForSelectorAsync("#task-panel #comment-form");
        Assert.Equal(1, await admin.Locator("#comment-preview").CountAsync());
        await admin.Context.CloseAsync();
    }

    /// <summary>The switcher names the production and the sidebar holds its menu, as on the production's own pages.</summary>
    internal static async Task AssertProductionShownAsync(IPage page, string name, string project)
    {
        await Assertions.Expect(page.Locator("#production-switcher")).ToHaveValueAsync(name);
        var menu = page.Locator(".studio-production-menu");
        await menu.Locator($"a[href='productions/{project}/assets']").WaitForAsync();
        Assert.Equal(1, await menu.Locator($"a[href='productions/{project}/shots']").CountAsync());
        Assert.Equal(1, await menu.Locator($"a[href='productions/{project}/settings']").CountAsync());
    }
}
