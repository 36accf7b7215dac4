using Studio.Domain.Crud;
using Studio.Domain.Crud.Collections;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Web.Components.Models;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>The screens' views built from the CRUD engine's typed rows, and the production form's typed changes.</summary>
public sealed class CrudViewsTests
{
    [Fact]
    public void ProductionView_ReadsTheRowItsRelationsAndTheStatusOfASingleRead()
    {
        var project = new Project { Id = Guid.NewGuid(), Name = "Show", ProductionType = "tvshow", StartDate = new DateOnly(2026, 1, 31) };
        var taskType = Guid.NewGuid();
        var links = new Dictionary<string, IReadOnlyList<Guid>> { ["task_types"] = [taskType] };

        var read = ProductionView.From(new CrudRow<Project>(project, links) { Extras = new ProjectStatusName("Closed") });
        var listed = ProductionView.From(new CrudRow<Project>(project, null));

        Assert.Equal(("Show", "Closed", true), (read.Name, read.StatusName, read.IsTvShow));
        Assert.Equal([taskType], read.TaskTypes);
        Assert.Empty(read.Team);
        Assert.Equal(new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Utc), read.StartDate);
        Assert.Equal(("Open", 0), (listed.StatusName, listed.TaskTypes.Count));
    }

    [Fact]
    public void PersonView_ShowsTheEmail_OnlyWhenTheRulesGiveTheWholeRow()
    {
        var person = new Person { Id = Guid.NewGuid(), FirstName = "Jane", LastName = "Doe", Email = "jane@example.com", Role = "user" };

        var whole = PersonView.From(new CrudRow<Person>(person, null));
        var trimmed = PersonView.From(new CrudRow<Person>(person, null) { Trimmed = true });

        Assert.Equal(("Jane Doe", "jane@example.com"), (whole.FullName, whole.Email));
        Assert.Equal(("Jane Doe", null), (trimmed.FullName, trimmed.Email));
    }

    [Fact]
    public void ProductionForm_SavesTrimmedValues_AndComparesWhatItWouldSave()
    {
        var form = new ProductionForm { Name = " Show ", Code = " ", Fps = "24 ", StartDate = new DateTime(2026, 2, 1, 15, 0, 0, DateTimeKind.Utc) };
        var same = new ProductionForm { Name = "Show", Code = null, Fps = "24", StartDate = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc) };

        var changes = form.ToChanges();

        Assert.Equal(["name", "code", "description", "production_type", "production_style", "fps", "ratio", "resolution", "max_retakes", "start_date", "end_date"], changes.Keys);
        Assert.Equal("Show", changes.ValueOf("name"));
        Assert.Null(changes.ValueOf("code"));
        Assert.Equal(new DateOnly(2026, 2, 1), changes.ValueOf("start_date"));
        Assert.True(form.SavesAs(same));
        Assert.False(form.SavesAs(new ProductionForm { Name = "Show", Fps = "25" }));
    }
}
