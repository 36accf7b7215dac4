using Studio.Domain.Previews;
using Studio.Web.Components.Models;
using Studio.Web.Components.Pages.Tasks;
using Studio.Web.Components.Shared;
using static Studio.Tests.Unit.Web.Components.UiFixtures;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>The components with logic, rendered to HTML.</summary>
public sealed class ComponentRenderTests
{
    [Fact]
    public async Task StatusBadge_WritesTheShortName_DarkOnLightColours_AndLightOnDarkOnes()
    {
        var light = await ComponentRenderer.RenderAsync<StatusBadge>(new() { ["Status"] = Todo });
        var dark = await ComponentRenderer.RenderAsync<StatusBadge>(new() { ["Status"] = Wip });

        var badge = light.QuerySelector(".studio-status")!;
        Assert.Equal("todo", badge.TextContent);
        Assert.Equal("todo", badge.GetAttribute("data-status"));
        Assert.Equal("Todo", badge.GetAttribute("title"));
        Assert.Contains("color:#111111", badge.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("color:#ffffff", dark.QuerySelector(".studio-status")!.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskCell_ShowsTheStatusAndAssignees_OrACreateButtonForManagers_OrNothing()
    {
        var row = Asset("Hero", "Character", Task(Modeling, Wip, Jane, Max));
        var withTask = await ComponentRenderer.RenderAsync<TaskCellButton>(new() { ["Row"] = row, ["TaskType"] = Modeling, ["Catalog"] = Reference, ["Selected"] = true });
        var emptyForManager = await ComponentRenderer.RenderAsync<TaskCellButton>(new() { ["Row"] = row, ["TaskType"] = Rigging, ["Catalog"] = Reference, ["CanCreate"] = true });
        var emptyForArtist = await ComponentRenderer.RenderAsync<TaskCellButton>(new() { ["Row"] = row, ["TaskType"] = Rigging, ["Catalog"] = Reference, ["CanCreate"] = false });

        var cell = withTask.QuerySelector("button.studio-cell")!;
        Assert.Equal("true", cell.GetAttribute("aria-pressed"));
        Assert.Equal("Hero Modeling: Work In Progress", cell.GetAttribute("aria-label"));
        Assert.Equal(["JD", "MP"], cell.QuerySelectorAll(".studio-avatar").Select(a => a.TextContent).ToArray());
        Assert.Equal("+", emptyForManager.QuerySelector("button.studio-cell-empty")!.TextContent);
        Assert.Null(emptyForArtist.QuerySelector("button"));
    }

    [Fact]
    public async Task SortHeader_SaysItsDirection()
    {
        var sorted = await ComponentRenderer.RenderAsync<SortHeader>(new() { ["Title"] = "Name", ["Key"] = EntitySort.ByName, ["Sort"] = new EntitySort(EntitySort.ByName, Descending: true) });
        var other = await ComponentRenderer.RenderAsync<SortHeader>(new() { ["Title"] = "Type", ["Key"] = EntitySort.ByParent, ["Sort"] = new EntitySort(EntitySort.ByName) });

        Assert.Equal("descending", sorted.QuerySelector("button")!.GetAttribute("aria-sort"));
        Assert.Contains("▼", sorted.QuerySelector("button")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("none", other.QuerySelector("button")!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task CommentCard_HighlightsMentions_CountsAcknowledgements_AndListsReplies()
    {
        var comment = new CommentView(Guid.NewGuid(), "@Jane Doe and @Modeling: fix the hands", DateTime.UtcNow.AddMinutes(-5), Max.Id, Max.FullName, Retake, false, false,
            [], [new AttachmentView(Guid.NewGuid(), "notes.pdf", "pdf", null)], [Jane.Id, Max.Id], [Jane.Id], [ModelingDepartment.Id],
            [new ReplyView(Guid.NewGuid(), "On it", Jane.Id, DateTime.UtcNow)], null);

        var html = await ComponentRenderer.RenderAsync<CommentCard>(new() { ["Comment"] = comment, ["Catalog"] = Reference, ["Me"] = Jane.Id });

        Assert.Equal(["@Jane Doe", "@Modeling"], html.QuerySelectorAll(".studio-mention").Select(m => m.TextContent).ToArray());
        Assert.Equal("retake", html.QuerySelector(".studio-status")!.TextContent);
        var ack = html.QuerySelector("[data-acks]")!;
        Assert.Equal("2", ack.GetAttribute("data-acks"));
        Assert.Equal("true", ack.GetAttribute("aria-pressed"));
        Assert.Equal("5 min ago", html.QuerySelector("header time")!.TextContent);
        Assert.EndsWith("/file/notes.pdf", html.QuerySelector(".studio-attachments a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("On it", html.QuerySelector(".studio-replies")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewPlayer_ShowsProgress_ThenTheLowDefinitionMovie_ThenTheReadyMovie_OrWhyItIsBroken()
    {
        var movie = new PreviewView(Guid.NewGuid(), 2, "mp4", "processing", "hero", 1);
        var encodingLow = await ComponentRenderer.RenderAsync<PreviewPlayer>(new() { ["Preview"] = movie, ["Progress"] = new PreviewProgress(movie.Id, 20, "lowdef", "running") });
        var encodingHigh = await ComponentRenderer.RenderAsync<PreviewPlayer>(new() { ["Preview"] = movie, ["Progress"] = new PreviewProgress(movie.Id, 60, "highdef", "running") });
        var ready = await ComponentRenderer.RenderAsync<PreviewPlayer>(new() { ["Preview"] = movie with { Status = "ready" } });
        var broken = await ComponentRenderer.RenderAsync<PreviewPlayer>(new() { ["Preview"] = movie with { Status = "broken" }, ["Reason"] = "no video stream" });

        Assert.Null(encodingLow.QuerySelector("video"));
        Assert.Contains("low definition", encodingLow.QuerySelector(".studio-player-processing")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith($"movies/low/preview-files/{movie.Id}.mp4", encodingHigh.QuerySelector("video")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("60%", encodingHigh.QuerySelector("#preview-progress-note")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(ready.QuerySelector("video[poster]"));
        Assert.Null(ready.QuerySelector("#preview-progress-note"));
        Assert.Contains("no video stream", broken.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
