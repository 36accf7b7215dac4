using Bunit;
using Microsoft.AspNetCore.Components;
using Studio.Web.Components.Models;
using Studio.Web.Components.Pages.Breakdown;
using static Studio.Tests.Unit.Web.Components.UiFixtures;

namespace Studio.Tests.Unit.Web.Components.Pages.Breakdown;

/// <summary>
/// A row of the asset or shot list: a cell per task type with the status and the assignees; a click (or Enter) opens the
/// task; a manager creates a missing one; a row renders again only when what it shows changed.
/// </summary>
public sealed class EntityGridRowTests
{
    private static readonly List<TaskTypeView> Columns = [Modeling, Rigging];

    [Fact]
    public async Task ATask_ShowsItsStatusAndAssignees_AndAClickOpensIt()
    {
        await using var ui = UiContext.Create();
        var task = Task(Modeling, Wip, Jane, Max);
        var row = Asset("Hero", "Character", task);
        Guid? opened = null;

        var cut = ui.Render<EntityGridRow>(p => p.Add(c => c.Row, row).Add(c => c.Columns, Columns).Add(c => c.Catalog, Reference).Add(c => c.SelectedTaskId, task.Id)
            .Add(c => c.Open, EventCallback.Factory.Create<Guid>(this, id => opened = id)));
        var button = cut.Find("button.studio-cell");
        button.Click();

        Assert.Equal("Hero", cut.Find("tr").GetAttribute("data-entity"));
        Assert.Equal("true", button.GetAttribute("aria-pressed"));
        Assert.Equal("Hero Modeling: Work In Progress", button.GetAttribute("aria-label"));
        Assert.Equal("Work In Progress · Jane Doe, Max Power", button.GetAttribute("title"));
        Assert.Equal("wip", cut.Find("[data-status]").GetAttribute("data-status"));
        Assert.Equal(["JD", "MP"], cut.FindAll(".studio-face").Select(a => a.TextContent.Trim()).ToArray());
        Assert.Equal(task.Id, opened);
    }

    [Fact]
    public async Task Colours_AreClassesOfTheGridStyleSheet_AndOnlyHexColoursReachIt()
    {
        await using var ui = UiContext.Create();
        var odd = Wip with { Id = Guid.NewGuid(), ShortName = "odd", Color = "red}body{display:none" };
        var catalog = new Catalog
        {
            Statuses = new[] { Wip, odd }.ToDictionary(s => s.Id),
            TaskTypes = Reference.TaskTypes,
            Persons = Reference.Persons,
            AssetTypes = Reference.AssetTypes,
            Departments = Reference.Departments,
        };
        var row = Asset("Hero", "Character", Task(Modeling, Wip, Jane), Task(Rigging, odd));

        var cut = ui.Render<EntityGridRow>(p => p.Add(c => c.Row, row).Add(c => c.Columns, Columns).Add(c => c.Catalog, catalog));
        var styles = GridStyles.Of(catalog);
        var wip = cut.Find("[data-status=wip]");

        Assert.Null(wip.GetAttribute("style"));
        Assert.Contains(styles.StatusClass(Wip)!, wip.ClassList);
        Assert.Contains($".{styles.StatusClass(Wip)}{{background:#3273dc;", styles.Css, StringComparison.Ordinal);
        Assert.Contains(GridStyles.FaceClass(Jane.Id), cut.Find(".studio-face").ClassList);
        Assert.Null(styles.StatusClass(odd));
        Assert.DoesNotContain("display", styles.Css, StringComparison.Ordinal);
        Assert.Contains("background:red}body{display:none", cut.Find("[data-status=odd]").GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingTask_OffersAManagerToCreateIt_AndAnArtistNothing()
    {
        await using var ui = UiContext.Create();
        var row = Asset("Hero", "Character", Task(Modeling, Wip, Jane));
        (EntityRow Row, TaskTypeView Type)? created = null;

        var forManager = ui.Render<EntityGridRow>(p => p.Add(c => c.Row, row).Add(c => c.Columns, Columns).Add(c => c.Catalog, Reference).Add(c => c.CanCreate, true)
            .Add(c => c.Create, EventCallback.Factory.Create<(EntityRow, TaskTypeView)>(this, c => created = c)));
        var forArtist = ui.Render<EntityGridRow>(p => p.Add(c => c.Row, row).Add(c => c.Columns, Columns).Add(c => c.Catalog, Reference).Add(c => c.CanCreate, false));
        var create = forManager.Find("button.studio-cell-empty");
        create.Click();

        Assert.Equal("+", create.TextContent);
        Assert.Equal("Create the Rigging task of Hero", create.GetAttribute("aria-label"));
        Assert.Equal((row, Rigging), created);
        Assert.Single(forArtist.FindAll("button"));
    }

    [Fact]
    public async Task ARowWhoseTasksAreLoading_OffersNoCreation()
    {
        await using var ui = UiContext.Create();
        var row = Asset("Hero", "Character") with { TasksPending = true };

        var cut = ui.Render<EntityGridRow>(p => p.Add(c => c.Row, row).Add(c => c.Columns, Columns).Add(c => c.Catalog, Reference).Add(c => c.CanCreate, true));

        Assert.Empty(cut.FindAll("button"));
        Assert.Equal(2, cut.FindAll(".studio-cell-pending").Count);
    }

    [Fact]
    public async Task ARow_RendersAgainOnlyWhenWhatItShowsChanged()
    {
        await using var ui = UiContext.Create();
        var task = Task(Modeling, Wip, Jane);
        var row = Asset("Hero", "Character", task);
        var cut = ui.Render<EntityGridRow>(p => p.Add(c => c.Row, row).Add(c => c.Columns, Columns).Add(c => c.Catalog, Reference));

        cut.Render(p => p.Add(c => c.Row, row).Add(c => c.SelectedTaskId, Guid.NewGuid()));
        var afterOtherSelection = cut.RenderCount;
        cut.Render(p => p.Add(c => c.SelectedTaskId, task.Id));

        Assert.Equal(1, afterOtherSelection);
        Assert.Equal(2, cut.RenderCount);
        Assert.Equal("true", cut.Find("button.studio-cell").GetAttribute("aria-pressed"));
    }
}
