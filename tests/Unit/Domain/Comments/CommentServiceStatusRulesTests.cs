using Studio.Domain.Common;

namespace Studio.Tests.Unit.Domain.Comments;

/// <summary>
/// Who may set which status when commenting (artists only artist-allowed statuses, clients only client-allowed ones,
/// the status a task keeps always), and what a status change does to the task: retake count, start, end and done dates.
/// </summary>
[Collection(RulesCollection.Name)]
public sealed class CommentServiceStatusRulesTests(RulesWorld world)
{
    [Fact]
    public async Task PostAsync_ArtistOnTheirTask_MaySetAnArtistAllowedStatus_NotALeadOnly()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        await world.PostAsync("artist", modeling, "wip", "Started");
        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.PostAsync("artist", modeling, "lead"));

        Assert.Equal(world.Id("status:wip"), (await world.TaskRowAsync(modeling)).TaskStatusId);
    }

    [Fact]
    public async Task PostAsync_Client_MaySetAClientAllowedStatus_NotAnArtistOne()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.PostAsync("client", modeling, "wip"));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.PostAsync("client", modeling, "lead"));
        await world.PostAsync("client", modeling, "retake", "Client feedback");

        Assert.Equal(world.Id("status:retake"), (await world.TaskRowAsync(modeling)).TaskStatusId);
    }

    [Fact]
    public async Task PostAsync_SupervisorSetsALeadOnlyStatus_AndTheArtistMayCommentKeepingIt()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        await world.PostAsync("supervisor", modeling, "lead", "Approved by the lead");
        var keeping = await world.PostAsync("artist", modeling, "lead", "Thanks");

        Assert.Equal(world.Id("status:lead"), keeping.Comment.TaskStatusId);
        Assert.Equal(world.Id("status:lead"), (await world.TaskRowAsync(modeling)).TaskStatusId);
    }

    [Fact]
    public async Task PostAsync_ArtistNotOnTheTask_OrOutsideTheTeam_IsRefused()
    {
        var (_, _, rigging) = await world.NewAssetAsync();

        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.PostAsync("artist", rigging, "wip"));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.PostAsync("outsider", rigging, "todo"));

        Assert.Equal(world.Id("status:todo"), (await world.TaskRowAsync(rigging)).TaskStatusId);
    }

    [Fact]
    public async Task PostAsync_RetakeCount_CountsMovesIntoRetake_NotStayingThere()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        await world.PostAsync("manager", modeling, "retake", "Fix the ears");
        await world.PostAsync("manager", modeling, "retake", "And the nose");
        await world.PostAsync("manager", modeling, "wip");
        await world.PostAsync("manager", modeling, "retake", "Again");

        Assert.Equal(2, (await world.TaskRowAsync(modeling)).RetakeCount);
    }

    [Fact]
    public async Task PostAsync_Wip_StartsTheTaskOnce_Feedback_EndsIt_Done_DatesIt_AndReopeningClearsBoth()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var before = world.Factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);

        await world.PostAsync("manager", modeling, "wip");
        var started = await world.TaskRowAsync(modeling);
        await world.PostAsync("manager", modeling, "wfa", "Please review");
        var review = await world.TaskRowAsync(modeling);
        await world.PostAsync("manager", modeling, "done", "Approved");
        var done = await world.TaskRowAsync(modeling);
        await world.PostAsync("manager", modeling, "wip", "One more thing");
        var reopened = await world.TaskRowAsync(modeling);
        var after = world.Factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(1);

        Assert.InRange(started.RealStartDate!.Value, before, after);
        Assert.Null(started.EndDate);
        Assert.InRange(review.EndDate!.Value, before, after);
        Assert.Null(review.DoneDate);
        Assert.InRange(done.DoneDate!.Value, before, after);
        Assert.Equal(review.EndDate, done.EndDate);
        Assert.Null(reopened.EndDate);
        Assert.Null(reopened.DoneDate);
        Assert.Equal(started.RealStartDate, reopened.RealStartDate);
    }
}
