using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Studio.Domain.Breakdown;
using Studio.Domain.Persistence;

namespace Studio.Tests.E2E;

/// <summary>The asset and shot lists: search, sorting, the keyboard, and 5,000 shots in a virtualized grid.</summary>
[Collection(StudioCollection.Name)]
public sealed class ListTests(StudioServer server)
{
    [Fact]
    public async Task Search_FiltersByNameAndStatus_AndTheKeyboardOpensATask()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var world = await api.WorldAsync("Search " + Guid.NewGuid().ToString("N")[..6]);
        var character = await api.IdAsync("/api/data/entity-types?name=Character");
        var villain = (await api.PostAsync($"/api/data/projects/{world.Project}/asset-types/{character}/assets/new", new { name = "Villain" }))["id"]!.GetValue<string>();
        await api.PostAsync("/api/data/tasks", new { entity_id = villain, task_type_id = world.Modeling });
        await api.PostAsync($"/api/actions/tasks/{world.AssetTask}/comment", new { task_status_id = await api.StatusAsync("wip"), comment = "go" });

        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, $"/productions/{world.Project}/assets");
        await page.WaitForSelectorAsync("tr[data-entity=Villain]");
        await StudioServer.ScreenshotAsync(page, "assets");

        var search = page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Search", Exact = true });
        await search.FillAsync("modeling=wip");
        await page.WaitForSelectorAsync("tr[data-entity=Villain]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(1, await page.Locator("tr[data-entity=Hero]").CountAsync());
        await search.FillAsync("-hero");
        await page.WaitForSelectorAsync("tr[data-entity=Hero]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await search.FillAsync("");
        await page.WaitForSelectorAsync("tr[data-entity=Hero]");

        // Sorted by name, descending: Villain comes first.
        var byName = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sort by Name" });
        await byName.ClickAsync();
        await Assertions.Expect(byName).ToHaveAttributeAsync("aria-sort", "ascending");
        await byName.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader).Filter(new LocatorFilterOptions { Has = byName })).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(page.Locator("tr[data-entity]").First).ToHaveAttributeAsync("data-entity", "Villain");

        // Keyboard: focus a cell, move down with the arrow key, open with Enter.
        await page.FocusAsync("tr[data-entity=Villain] .studio-cell");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("Hero", await page.EvaluateAsync<string>("() => document.activeElement.closest('tr').dataset.entity"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#task-panel h2:has-text('Hero')");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FiveThousandShots_RenderOnlyTheVisibleRows_AndScrollToTheLast()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var world = await api.WorldAsync("Big " + Guid.NewGuid().ToString("N")[..6]);
        await SeedShotsAsync(Guid.Parse(world.Project), Guid.Parse(world.Sequence), 5000);

        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, $"/productions/{world.Project}/shots");
        await page.WaitForSelectorAsync("#entity-count:has-text('5001 shots')", new PageWaitForSelectorOptions { Timeout = 60000 });

        // The count comes with the data; the virtualized rows only after the grid has measured its viewport.
        await page.WaitForSelectorAsync("tr[data-entity]");
        var rendered = await page.Locator("tr[data-entity]").CountAsync();
        Assert.InRange(rendered, 1, 200);

        // The rows' elements are reused as the list scrolls: the focus stays with its shot while the shot is in the
        // page, and goes to the list itself (never to another shot's cell) once it has scrolled out.
        var grid = page.Locator(".studio-entities");
        await page.FocusAsync("tr[data-entity=SH0016] .studio-cell");
        await grid.EvaluateAsync("g => { g.scrollTop = 37 * 16; }");
        await page.WaitForSelectorAsync("tr[data-entity=SH0001]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await Assertions.Expect(page.Locator("tr[data-entity=SH0016] .studio-cell").First).ToBeFocusedAsync();
        await grid.EvaluateAsync("g => { g.scrollTop = 37 * 300; }");
        await page.WaitForSelectorAsync("tr[data-entity=SH0310]");
        await Assertions.Expect(grid).ToBeFocusedAsync();

        // Scrolling to the end brings the last shots in, still with a bounded number of rows in the page.
        await page.EvaluateAsync("() => { const s = document.querySelector('.studio-entities'); s.scrollTop = s.scrollHeight; }");
        await page.WaitForSelectorAsync("tr[data-entity=SH5000]", new PageWaitForSelectorOptions { Timeout = 20000 });
        Assert.InRange(await page.Locator("tr[data-entity]").CountAsync(), 1, 200);
        await StudioServer.ScreenshotAsync(page, "shots-5000");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TvShow_ShotsOfTwoEpisodes_ShowTheirEpisode_AndTheSequenceFilterFollowsTheEpisode()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var project = await api.PostAsync("/api/data/projects", new { name = "Show " + Guid.NewGuid().ToString("N")[..6], production_type = "tvshow" });
        var projectId = project["id"]!.GetValue<string>();
        var e01 = project["first_episode_id"]!.GetValue<string>();
        var e02 = (await api.PostAsync($"/api/data/projects/{projectId}/episodes", new { name = "E02" }))["id"]!.GetValue<string>();
        foreach (var episode in new[] { e01, e02 })
        {
            var sequence = (await api.PostAsync($"/api/data/projects/{projectId}/sequences", new { name = "SQ01", episode_id = episode }))["id"]!.GetValue<string>();
            await api.PostAsync($"/api/data/projects/{projectId}/shots", new { name = "SH010", sequence_id = sequence });
        }

        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, $"/productions/{projectId}/shots");
        await page.WaitForSelectorAsync("#entity-count:has-text('2 shots')");

        // Two SQ01 / SH010 rows, told apart by their episode.
        var episodes = page.Locator("tr[data-entity=SH010] .studio-entity-episode");
        await Assertions.Expect(episodes).ToHaveCountAsync(2);
        Assert.Equal(["E01", "E02"], (await episodes.AllInnerTextsAsync()).Order());

        // All episodes: the sequence filter names each SQ01 with its episode.
        var items = page.Locator(".mud-popover-open .mud-list-item");
        await page.ClickAsync("#sequence-filter");
        await Assertions.Expect(items).ToHaveCountAsync(2);
        var options = await items.AllInnerTextsAsync();
        Assert.Equal(["E01 / SQ01", "E02 / SQ01"], options.Select(o => o.Trim()).Order());
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(items).ToHaveCountAsync(0);

        // E02 chosen: the sequence filter offers E02's SQ01 only, and the list keeps E02's shot.
        await StudioServer.PickAsync(page, "#episode-filter", "E02");
        await page.WaitForSelectorAsync("#entity-count:has-text('1 of 2')");
        await page.ClickAsync("#sequence-filter");
        await Assertions.Expect(items).ToHaveCountAsync(1);
        options = await items.AllInnerTextsAsync();
        Assert.Equal(["SQ01"], options.Select(o => o.Trim()));
        await items.First.ClickAsync();
        await page.WaitForSelectorAsync("#entity-count:has-text('1 of 2')");
        await Assertions.Expect(episodes).ToHaveTextAsync(["E02"]);
        await StudioServer.ScreenshotAsync(page, "shots-tvshow");
        await page.Context.CloseAsync();
    }

    /// <summary>Many shots straight into the database (the API would take minutes to make them one by one).</summary>
    private async Task SeedShotsAsync(Guid project, Guid sequence, int count)
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudioDbContext>();
        var shotType = db.Set<Studio.Domain.Settings.EntityType>().First(t => t.Name == "Shot").Id;
        db.AddRange(Enumerable.Range(1, count).Select(i => new Entity
        {
            Id = Guid.NewGuid(), Name = $"SH{i:0000}", ProjectId = project, EntityTypeId = shotType, ParentId = sequence, NbFrames = 24, Status = "running",
        }));
        await db.SaveChangesAsync();
    }
}
