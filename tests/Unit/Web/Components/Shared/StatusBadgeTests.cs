using Bunit;
using Studio.Web.Components.Shared;
using static Studio.Tests.Unit.Web.Components.UiFixtures;

namespace Studio.Tests.Unit.Web.Components.Shared;

/// <summary>A status reads as Kitsu shows it: its short name on its own colour, readable whatever the colour.</summary>
public sealed class StatusBadgeTests
{
    [Fact]
    public async Task StatusBadge_WritesTheShortName_DarkOnLightColours_AndLightOnDarkOnes()
    {
        await using var ui = UiContext.Create();

        var light = ui.Render<StatusBadge>(p => p.Add(b => b.Status, Todo));
        var dark = ui.Render<StatusBadge>(p => p.Add(b => b.Status, Wip));

        var badge = light.Find(".studio-status");
        Assert.Equal("todo", badge.TextContent.Trim());
        Assert.Equal("todo", badge.GetAttribute("data-status"));
        Assert.Equal("Todo", badge.GetAttribute("title"));
        Assert.Contains("background:#f5f5f5", badge.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("color:#111111", badge.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("color:#ffffff", dark.Find(".studio-status").GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("mud-chip", badge.ClassList);
    }
}
