using Bunit;
using Microsoft.AspNetCore.Components;
using Studio.Web.Components.Shared;
using static Studio.Tests.Unit.Web.Components.UiFixtures;

namespace Studio.Tests.Unit.Web.Components.Shared;

/// <summary>A list's task cell: the status and the assignees; a click (or Enter) opens the task; a manager creates a missing one.</summary>
public sealed class TaskCellButtonTests
{
    [Fact]
    public async Task ATask_ShowsItsStatusAndAssignees_AndAClickOpensIt()
    {
        await using var ui = UiContext.Create();
        var task = Task(Modeling, Wip, Jane, Max);
        var row = Asset("Hero", "Character", task);
        Guid? opened = null;

        var cell = ui.Render<TaskCellButton>(p => p.Add(c => c.Row, row).Add(c => c.TaskType, Modeling).Add(c => c.Catalog, Reference).Add(c => c.Selected, true)
            .Add(c => c.Open, EventCallback.Factory.Create<Guid>(this, id => opened = id)));
        var button = cell.Find("button.studio-cell");
        button.Click();

        Assert.Equal("true", button.GetAttribute("aria-pressed"));
        Assert.Equal("Hero Modeling: Work In Progress", button.GetAttribute("aria-label"));
        Assert.Equal("wip", cell.Find("[data-status]").GetAttribute("data-status"));
        Assert.Equal(["JD", "MP"], cell.FindAll(".studio-avatar").Select(a => a.TextContent.Trim()).ToArray());
        Assert.Equal(task.Id, opened);
    }

    [Fact]
    public async Task AMissingTask_OffersAManagerToCreateIt_AndAnArtistNothing()
    {
        await using var ui = UiContext.Create();
        var row = Asset("Hero", "Character", Task(Modeling, Wip, Jane));
        var created = 0;

        var forManager = ui.Render<TaskCellButton>(p => p.Add(c => c.Row, row).Add(c => c.TaskType, Rigging).Add(c => c.Catalog, Reference).Add(c => c.CanCreate, true)
            .Add(c => c.Create, EventCallback.Factory.Create(this, () => created++)));
        var forArtist = ui.Render<TaskCellButton>(p => p.Add(c => c.Row, row).Add(c => c.TaskType, Rigging).Add(c => c.Catalog, Reference).Add(c => c.CanCreate, false));
        var create = forManager.Find("button.studio-cell-empty");
        create.Click();

        Assert.Equal("+", create.TextContent);
        Assert.Equal("Create the Rigging task of Hero", create.GetAttribute("aria-label"));
        Assert.Equal(1, created);
        Assert.Empty(forArtist.FindAll("button"));
    }
}
