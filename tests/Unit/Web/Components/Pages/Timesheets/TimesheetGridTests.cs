using Bunit;
using Microsoft.AspNetCore.Components;
using Studio.Domain.Timesheets;
using Studio.Web.Components.Models;
using Studio.Web.Components.Pages.Timesheets;

namespace Studio.Tests.Unit.Web.Components.Pages.Timesheets;

/// <summary>
/// The week grid: a row per task and a cell per day showing hours, totals per task, day and week; typed hours are
/// handed over in minutes once, mistakes stay in their cell with a message, days off cannot be typed in.
/// </summary>
public sealed class TimesheetGridTests
{
    private static readonly DateOnly Monday = new(2026, 12, 7);
    private static readonly SheetTask Modeling = new(Guid.NewGuid(), Guid.NewGuid(), "Big film", "Chair", "Modeling", "#3273dc", false);
    private static readonly SheetTask Rigging = new(Guid.NewGuid(), Guid.NewGuid(), "Big film", "Chair", "Rigging", "not a colour", false);

    private static WeekSheet Sheet(params DayOff[] daysOff) => new(
        Monday,
        [Modeling, Rigging],
        new Dictionary<(Guid, DateOnly), double> { [(Modeling.TaskId, Monday)] = 90, [(Rigging.TaskId, Monday)] = 420, [(Modeling.TaskId, Monday.AddDays(1))] = 240 },
        daysOff,
        8);

    [Fact]
    public async Task TheGrid_ShowsHours_AndTheTotalsOfEachTaskDayAndTheWeek()
    {
        await using var ui = UiContext.Create();
        var grid = ui.Render<TimesheetGrid>(p => p.Add(g => g.Sheet, Sheet()));

        Assert.Equal(7, grid.FindAll("thead th[data-day]").Count);
        Assert.Equal("1.5", Cell(grid, Modeling, 0).GetAttribute("value"));
        Assert.Equal("4", Cell(grid, Modeling, 1).GetAttribute("value"));
        Assert.Equal("", Cell(grid, Rigging, 1).GetAttribute("value"));
        Assert.Equal("5.5", grid.Find($"[data-total='{Modeling.TaskId}']").TextContent);
        Assert.Equal("8.5", grid.Find("[data-day-total='2026-12-07']").TextContent);
        Assert.Contains("studio-timesheet-over", grid.Find("[data-day-total='2026-12-07']").ClassName, StringComparison.Ordinal);
        Assert.Equal("12.5", grid.Find("[data-week-total]").TextContent);
        Assert.Equal("Modeling of Chair, Monday 7 December", Cell(grid, Modeling, 0).GetAttribute("aria-label"));
        Assert.Contains("transparent", grid.FindAll(".studio-timesheet-type")[1].GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedHours_AreHandedOverInMinutes_AndAnUnchangedCellIsNot()
    {
        await using var ui = UiContext.Create();
        var changes = new List<TimeCellChange>();
        var grid = ui.Render<TimesheetGrid>(p => p.Add(g => g.Sheet, Sheet()).Add(g => g.Changed, EventCallback.Factory.Create<TimeCellChange>(this, changes.Add)));

        Cell(grid, Rigging, 2).Change("1:30");
        Cell(grid, Modeling, 3).Change("2,25");
        Cell(grid, Modeling, 0).Change("1.5");
        Cell(grid, Modeling, 1).Change("");

        Assert.Equal(
            [new TimeCellChange(Rigging.TaskId, Monday.AddDays(2), 90), new TimeCellChange(Modeling.TaskId, Monday.AddDays(3), 135), new TimeCellChange(Modeling.TaskId, Monday.AddDays(1), 0)],
            changes);
    }

    [Fact]
    public async Task AMistake_StaysInItsCellWithAMessage_AndIsNotHandedOver()
    {
        await using var ui = UiContext.Create();
        var changes = new List<TimeCellChange>();
        var grid = ui.Render<TimesheetGrid>(p => p.Add(g => g.Sheet, Sheet()).Add(g => g.Changed, EventCallback.Factory.Create<TimeCellChange>(this, changes.Add)));

        Cell(grid, Rigging, 4).Change("an hour");
        Assert.Equal("true", Cell(grid, Rigging, 4).GetAttribute("aria-invalid"));
        Assert.Equal("an hour", Cell(grid, Rigging, 4).GetAttribute("value"));
        Assert.Contains("is not a time", grid.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Cell(grid, Rigging, 5).Change("25");
        Assert.Contains("24 hours at most", grid.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.Empty(changes);

        // Corrected, the cell is handed over and the message goes.
        Cell(grid, Rigging, 4).Change("2");
        Cell(grid, Rigging, 5).Change("");
        Assert.Empty(grid.FindAll("[role=alert]"));
        Assert.Null(Cell(grid, Rigging, 4).GetAttribute("aria-invalid"));
        Assert.Equal([new TimeCellChange(Rigging.TaskId, Monday.AddDays(4), 120)], changes);
    }

    [Fact]
    public async Task ADayOff_CannotBeTypedIn_AndSaysSo()
    {
        await using var ui = UiContext.Create();
        var off = new DayOff { Id = Guid.NewGuid(), Date = Monday.AddDays(2), EndDate = Monday.AddDays(3), Description = "Dentist" };
        var grid = ui.Render<TimesheetGrid>(p => p.Add(g => g.Sheet, Sheet(off)));

        Assert.True(Cell(grid, Modeling, 2).HasAttribute("disabled"));
        Assert.True(Cell(grid, Rigging, 3).HasAttribute("disabled"));
        Assert.False(Cell(grid, Modeling, 4).HasAttribute("disabled"));
        Assert.EndsWith("(day off)", Cell(grid, Modeling, 2).GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(2, grid.FindAll("thead .studio-timesheet-off").Count);
    }

    [Fact]
    public async Task DaysBeforeTheTimesheetLock_CannotBeTypedIn_AndSaySo()
    {
        await using var ui = UiContext.Create();
        var sheet = Sheet() with { FirstOpenDay = Monday.AddDays(2) };
        var grid = ui.Render<TimesheetGrid>(p => p.Add(g => g.Sheet, sheet));

        Assert.True(Cell(grid, Modeling, 0).HasAttribute("disabled"));
        Assert.True(Cell(grid, Rigging, 1).HasAttribute("disabled"));
        Assert.False(Cell(grid, Modeling, 2).HasAttribute("disabled"));
        Assert.EndsWith("(locked)", Cell(grid, Modeling, 1).GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(["Locked", "Locked"], grid.FindAll("thead .studio-timesheet-off").Select(e => e.TextContent));
    }

    private static AngleSharp.Dom.IElement Cell(IRenderedComponent<TimesheetGrid> grid, SheetTask task, int day) =>
        grid.Find($"tr[data-task='{task.TaskId}'] input[data-col='{day}']");
}
