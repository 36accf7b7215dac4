using Bunit;
using Studio.Domain.Previews;
using Studio.Web.Components.Models;
using Studio.Web.Components.Shared;

namespace Studio.Tests.Unit.Web.Components.Shared;

/// <summary>The task's preview while the pipeline works, once the low definition plays, once all is ready, and when broken.</summary>
public sealed class PreviewPlayerTests
{
    [Fact]
    public async Task PreviewPlayer_ShowsProgress_ThenTheLowDefinitionMovie_ThenTheReadyMovie_OrWhyItIsBroken()
    {
        await using var ui = UiContext.Create();
        var movie = new PreviewView(Guid.NewGuid(), 2, "mp4", "processing", "hero", 1);

        var encodingLow = ui.Render<PreviewPlayer>(p => p.Add(c => c.Preview, movie).Add(c => c.Progress, new PreviewProgress(movie.Id, 20, "lowdef", "running")));
        var encodingHigh = ui.Render<PreviewPlayer>(p => p.Add(c => c.Preview, movie).Add(c => c.Progress, new PreviewProgress(movie.Id, 60, "highdef", "running")));
        var ready = ui.Render<PreviewPlayer>(p => p.Add(c => c.Preview, movie with { Status = "ready" }));
        var broken = ui.Render<PreviewPlayer>(p => p.Add(c => c.Preview, movie with { Status = "broken" }).Add(c => c.Reason, "no video stream"));

        Assert.Empty(encodingLow.FindAll("video"));
        Assert.Contains("low definition", encodingLow.Find(".studio-player-processing").TextContent, StringComparison.Ordinal);
        Assert.Contains("20%", encodingLow.Find("#processing-progress").TextContent, StringComparison.Ordinal);
        Assert.EndsWith($"movies/low/preview-files/{movie.Id}.mp4", encodingHigh.Find("video").GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("60%", encodingHigh.Find("#preview-progress-note").TextContent, StringComparison.Ordinal);
        Assert.NotNull(ready.Find("video[poster]"));
        Assert.Empty(ready.FindAll("#preview-progress-note"));
        Assert.Contains("no video stream", broken.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }
}
