using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>An artist's day: their tasks across productions, the task panel from there, their notifications; and what they may not see.</summary>
[Collection(StudioCollection.Name)]
public sealed class WorkspaceTests(StudioServer server)
{
    [Fact]
    public async Task AnArtist_SeesTheirTasks_IsNotifiedOfComments_AndCannotOpenOtherProductions()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var production = "Work " + Guid.NewGuid().ToString("N")[..6];
        var world = await api.WorldAsync(production);
        var other = await api.WorldAsync("Other " + Guid.NewGuid().ToString("N")[..6]);
        var artistEmail = await api.PersonAsync("Lin", "Artist", "user", world.Project);
        var artist = (await api.GetAsync($"/api/data/persons?email={artistEmail}")).AsArray()[0]!["id"]!.GetValue<string>();
        var supervisorOnly = "Sup " + Guid.NewGuid().ToString("N")[..4];
        await api.PostAsync("/api/data/task-status", new { name = supervisorOnly, short_name = supervisorOnly.ToLowerInvariant(), color = "#ff00ff", is_artist_allowed = false });
        await api.PutAsync($"/api/actions/tasks/{world.AssetTask}/assign", new { person_id = artist });
        await api.PostAsync($"/api/actions/tasks/{world.AssetTask}/comment", new { task_status_id = await api.StatusAsync("retake"), comment = "@Lin Artist the silhouette needs work" });

        var page = await server.SignedInPageAsync(artistEmail);
        await StudioServer.OpenAsync(page, "/my-tasks");
        await page.WaitForSelectorAsync(".studio-my-tasks [data-task-row]");
        await StudioServer.ScreenshotAsync(page, "my-tasks");
        var hero = page.Locator(".studio-my-tasks").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Character / Hero" });
        await hero.ClickAsync();
        await page.WaitForSelectorAsync("#task-panel .studio-comment:has-text('silhouette')");

        // Beside the open panel the list still says which task each row is.
        var entity = await hero.Locator("xpath=ancestor::td[1]").BoundingBoxAsync();
        Assert.True(entity is { Width: > 80 }, $"The entity column is {entity?.Width} px wide beside the panel.");
        await StudioServer.ScreenshotAsync(page, "my-tasks-panel");
        Assert.Equal(1, await page.Locator("#task-panel .studio-mention:has-text('@Lin Artist')").CountAsync());

        // An artist may only choose artist-allowed statuses.
        await page.ClickAsync("#comment-status");
        await page.WaitForSelectorAsync(".mud-popover-open .mud-list-item:has-text('Work In Progress')");
        Assert.Equal(0, await page.Locator($".mud-popover-open .mud-list-item:has-text('{supervisorOnly}')").CountAsync());
        await page.Keyboard.PressAsync("Escape");

        await StudioServer.OpenAsync(page, "/notifications");
        await page.WaitForSelectorAsync("#notifications .studio-notification-unread");
        await StudioServer.ScreenshotAsync(page, "notifications");

        // Each notification reads as a sentence, its words apart.
        var sentences = (await page.Locator("#notifications .studio-notification-sentence").AllInnerTextsAsync()).Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("Super Admin mentioned you on Character / Hero · Modeling", sentences);
        Assert.Contains("Super Admin assigned you to Character / Hero · Modeling", sentences);
        Assert.Contains(sentences, t => t.StartsWith("Super Admin changed the status of Character / Hero · Modeling to ", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Mark all as read" }).ClickAsync();
        await page.WaitForSelectorAsync("#notifications .studio-notification-unread", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });

        // The layout's bell follows live: cleared by reading, back when someone mentions the artist again.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Notifications, 0 unread" }).WaitForAsync();
        await page.WaitForSelectorAsync(".studio-bell .studio-unread", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await api.PostAsync($"/api/actions/tasks/{world.AssetTask}/comment", new { task_status_id = await api.StatusAsync("retake"), comment = "@Lin Artist and the hands" });
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { NameRegex = new System.Text.RegularExpressions.Regex("^Notifications, [1-9]") }).WaitForAsync();
        await page.WaitForSelectorAsync(".studio-bell .studio-unread");

        // A notification leads to the task's page, in the task's production.
        await page.ClickAsync($"#notifications a[href='tasks/{world.AssetTask}'] >> nth=0");
        await page.WaitForSelectorAsync("#task-panel .studio-comment:has-text('and the hands')");
        await TaskPanelTests.AssertProductionShownAsync(page, production, world.Project);

        // Another production: refused, said plainly.
        await StudioServer.OpenAsync(page, $"/productions/{other.Project}/assets");
        await page.WaitForSelectorAsync("#page-forbidden");
        await StudioServer.ScreenshotAsync(page, "forbidden");
        await page.Context.CloseAsync();
    }
}
