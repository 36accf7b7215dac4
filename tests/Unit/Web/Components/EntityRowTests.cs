using Studio.Domain.Breakdown;
using Studio.Domain.Tasks;
using Studio.Web.Components.Models;
using static Studio.Tests.Unit.Web.Components.UiFixtures;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>The list rows the pages build from the domain's typed <c>with-tasks</c> rows.</summary>
public sealed class EntityRowTests
{
    [Fact]
    public void From_AShotIsUnderItsSequence_NamedWithItsEpisode_ItsTasksByType()
    {
        var episode = new NamedEntity(Guid.NewGuid(), "E01", null);
        var sequence = new NamedEntity(Guid.NewGuid(), "SQ01", episode.Id);
        var task = new ProductionTask { Id = Guid.NewGuid(), TaskTypeId = Modeling.Id, TaskStatusId = Wip.Id, Estimation = 120, DueDate = new DateTime(2030, 1, 31), Priority = 2 };
        var shot = new Entity { Id = Guid.NewGuid(), Name = "SH010", ParentId = sequence.Id, NbFrames = 48, Description = "Opening" };

        var row = EntityRow.From(new EntityWithTasks(shot, "Shot", [new ListedTask(task, [Jane.Id], true)], "Film", sequence, episode, "Shot", [], []), true, Reference);

        Assert.Equal(("SH010", "SQ01", sequence.Id, episode.Id, "E01"), (row.Name, row.Parent, row.ParentId, row.EpisodeId, row.Episode));
        Assert.Equal("E01 / SQ01 / SH010", row.FullName);
        Assert.Equal((48, "Opening"), (row.NbFrames, row.Description));
        var cell = row.Tasks[Modeling.Id];
        Assert.Equal((task.Id, Wip, 120.0, 2, new DateTime(2030, 1, 31)), (cell.Id, cell.Status, cell.Estimation, cell.Priority, cell.DueDate!.Value));
        Assert.Equal([Jane.Id], cell.Assignees);
    }

    [Fact]
    public void From_AnAssetIsUnderItsType_AnEditUnderNothingWithItsEpisode()
    {
        var type = Guid.NewGuid();
        var source = new NamedEntity(Guid.NewGuid(), "E02", null);
        var asset = new Entity { Id = Guid.NewGuid(), Name = "Hero", EntityTypeId = type, SourceId = source.Id, Canceled = true };
        var edit = new Entity { Id = Guid.NewGuid(), Name = "Animatic" };

        var assetRow = EntityRow.From(new EntityWithTasks(asset, "Asset", [], "Film", null, source, "Character", [], []), false, Reference);
        var editRow = EntityRow.From(new EntityWithTasks(edit, "Edit", [], "Film", source, source, "Edit", [], []), true, Reference);

        Assert.Equal(("Character", type, source.Id, (string?)null), (assetRow.Parent, assetRow.ParentId, assetRow.EpisodeId, assetRow.Episode));
        Assert.True(assetRow.Canceled);
        Assert.Empty(assetRow.Tasks);
        Assert.Equal(((string?)null, "E02"), (editRow.Parent, editRow.Episode));
    }
}
