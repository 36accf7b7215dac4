using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Web.Components.Shared;
using static Studio.Tests.Unit.Web.Components.UiFixtures;

namespace Studio.Tests.Unit.Web.Components.Shared;

/// <summary>Choosing a status: the list shows each status's chip and name, and the one clicked is chosen.</summary>
public sealed class StatusSelectTests
{
    [Fact]
    public async Task OpeningTheSelect_ListsTheStatusesAsChips_AndAClickChoosesOne()
    {
        await using var ui = UiContext.Create();
        var popovers = ui.Render<MudPopoverProvider>();
        Guid? chosen = Todo.Id;

        var select = ui.Render<StatusSelect>(p => p.Add(s => s.Statuses, [Todo, Wip, Retake]).Add(s => s.Value, Todo.Id).Add(s => s.Label, "Status")
            .Add(s => s.Id, "comment-status").Add(s => s.ValueChanged, EventCallback.Factory.Create<Guid?>(this, v => chosen = v)));
        await select.Find("[role=combobox]").MouseDownAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        var items = popovers.WaitForElements(".mud-popover-open .mud-list-item");

        Assert.Equal(["todo", "wip", "retake"], popovers.FindAll(".mud-popover-open .studio-status").Select(c => c.TextContent.Trim()).ToArray());
        Assert.Equal("comment-status", select.Find("[role=combobox]").Id);
        items.Single(i => i.TextContent.Contains("Retake", StringComparison.Ordinal)).Click();
        Assert.Equal(Retake.Id, chosen);
    }
}
