using Bunit;
using Microsoft.AspNetCore.Components;
using Studio.Web.Components.Models;
using Studio.Web.Components.Shared;

namespace Studio.Tests.Unit.Web.Components.Shared;

/// <summary>A column title sorts by its key; a second click on the sorted column reverses the order.</summary>
public sealed class SortHeaderTests
{
    [Fact]
    public async Task SortHeader_SaysItsDirection_AndAClickTogglesIt()
    {
        await using var ui = UiContext.Create();
        EntitySort? chosen = null;
        var changed = EventCallback.Factory.Create<EntitySort>(this, s => chosen = s);

        var sorted = ui.Render<SortHeader>(p => p.Add(h => h.Title, "Name").Add(h => h.Key, EntitySort.ByName)
            .Add(h => h.Sort, new EntitySort(EntitySort.ByName, Descending: true)).Add(h => h.SortChanged, changed));
        var other = ui.Render<SortHeader>(p => p.Add(h => h.Title, "Type").Add(h => h.Key, EntitySort.ByParent)
            .Add(h => h.Sort, new EntitySort(EntitySort.ByName)).Add(h => h.SortChanged, changed));

        Assert.Equal("descending", sorted.Find("button").GetAttribute("aria-sort"));
        Assert.Equal("Sort by Name", sorted.Find("button").GetAttribute("aria-label"));
        Assert.NotNull(sorted.Find("button .mud-button-icon-end"));
        Assert.Equal("none", other.Find("button").GetAttribute("aria-sort"));
        Assert.Empty(other.FindAll("button .mud-button-icon-end"));

        sorted.Find("button").Click();
        Assert.Equal(new EntitySort(EntitySort.ByName, Descending: false), chosen);
        other.Find("button").Click();
        Assert.Equal(new EntitySort(EntitySort.ByParent), chosen);
    }
}
