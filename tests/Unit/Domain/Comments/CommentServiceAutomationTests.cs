using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;

namespace Studio.Tests.Unit.Domain.Comments;

/// <summary>
/// Status automations: a comment bringing a task of one type into a status moves the entity's task of another type
/// (with a comment saying why) or marks the asset ready for a task type; only the production's own automations run.
/// </summary>
[Collection(RulesCollection.Name)]
public sealed class CommentServiceAutomationTests(RulesWorld world)
{
    [Fact]
    public async Task PostAsync_ModelingDone_MovesRiggingToReady_WithACommentSayingWhy()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync("automated");

        await world.PostAsync("manager", modeling, "done", "Approved");

        Assert.Equal(world.Id("status:ready"), (await world.TaskRowAsync(rigging)).TaskStatusId);
        var why = Assert.Single(await world.DbAsync(db => db.Set<Comment>().AsNoTracking().Where(c => c.ObjectId == rigging).ToListAsync()));
        Assert.Equal("Change triggered by Modeling set to Done", why.Text);
        Assert.Equal(world.Id("status:ready"), why.TaskStatusId);
        Assert.Equal(world.Id("manager"), why.PersonId);
    }

    [Fact]
    public async Task PostAsync_ModelingDone_MarksTheAssetReadyForAnimation()
    {
        var (asset, modeling, _) = await world.NewAssetAsync("automated");

        await world.PostAsync("manager", modeling, "done", "Approved");

        Assert.Equal(world.Id("animation"), await world.DbAsync(db => db.Set<Entity>().Where(e => e.Id == asset).Select(e => e.ReadyFor).FirstAsync()));
    }

    [Fact]
    public async Task PostAsync_AnotherStatus_TriggersNothing()
    {
        var (asset, modeling, rigging) = await world.NewAssetAsync("automated");

        await world.PostAsync("manager", modeling, "wfa", "Please review");

        Assert.Equal(world.Id("status:todo"), (await world.TaskRowAsync(rigging)).TaskStatusId);
        Assert.Null(await world.DbAsync(db => db.Set<Entity>().Where(e => e.Id == asset).Select(e => e.ReadyFor).FirstAsync()));
    }

    [Fact]
    public async Task PostAsync_InAProductionWithoutTheAutomations_TriggersNothing()
    {
        var (asset, modeling, rigging) = await world.NewAssetAsync();

        await world.PostAsync("manager", modeling, "done", "Approved");

        Assert.Equal(world.Id("status:todo"), (await world.TaskRowAsync(rigging)).TaskStatusId);
        Assert.Null(await world.DbAsync(db => db.Set<Entity>().Where(e => e.Id == asset).Select(e => e.ReadyFor).FirstAsync()));
    }
}
