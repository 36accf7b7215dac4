using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Tests.Unit.Domain.Tasks;

/// <summary>
/// Assigning and unassigning: managers assign anyone (who joins the team if they were not in it), artists nobody
/// else; the new assignee is notified unless they assigned themselves; an assignee may leave their own task, not
/// take another artist off it.
/// </summary>
[Collection(RulesCollection.Name)]
public sealed class TaskServiceAssignmentTests(RulesWorld world)
{
    [Fact]
    public async Task AssignAsync_ByTheManager_AddsTheAssignee_AndNotifiesThem()
    {
        var (_, _, rigging) = await world.NewAssetAsync();

        var assigned = await AssignAsync("manager", rigging, world.Id("artist2"));

        Assert.Equal([world.Id("artist2")], assigned.Assignees);
        var notification = Assert.Single(await NotificationsAsync(rigging, "assignation"));
        Assert.Equal(world.Id("artist2"), notification.PersonId);
        Assert.Equal(world.Id("manager"), notification.AuthorId);
    }

    [Fact]
    public async Task AssignAsync_SomeoneOutsideTheTeam_PutsThemInTheTeam()
    {
        var (_, _, rigging) = await world.NewAssetAsync("capped");

        await AssignAsync("manager", rigging, world.Id("artist2"));

        Assert.True(await world.DbAsync(db => db.Set<ProjectPersonLink>().AnyAsync(l => l.ProjectId == world.Id("capped") && l.PersonId == world.Id("artist2"))));
    }

    [Fact]
    public async Task AssignAsync_Themselves_IsNotNotified()
    {
        var (_, _, rigging) = await world.NewAssetAsync();

        var assigned = await AssignAsync("supervisor", rigging, world.Id("supervisor"));

        Assert.Contains(world.Id("supervisor"), assigned.Assignees);
        Assert.Empty(await NotificationsAsync(rigging, "assignation"));
    }

    [Fact]
    public async Task AssignAsync_NobodyOrByAnArtist_IsRefused_AndAssignsNoOne()
    {
        var (_, _, rigging) = await world.NewAssetAsync();

        await Assert.ThrowsAsync<UnknownAssigneeException>(() => AssignAsync("manager", rigging, Guid.NewGuid()));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => AssignAsync("artist", rigging, world.Id("artist2")));

        Assert.Empty(await AssigneesAsync(rigging));
    }

    [Fact]
    public async Task ClearAssignationAsync_TheAssigneeLeaves_AnotherArtistCannotRemoveThem()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();
        await AssignAsync("manager", rigging, world.Id("artist"));

        var byOther = await ClearAsync("artist2", modeling, world.Id("artist"));
        var byThemself = await ClearAsync("artist", rigging, world.Id("artist"));

        Assert.Empty(byOther);
        Assert.Equal([world.Id("artist")], await AssigneesAsync(modeling));
        Assert.Equal([rigging], byThemself);
        Assert.Empty(await AssigneesAsync(rigging));
    }

    private Task<TaskWithAssignees> AssignAsync(string actor, Guid task, Guid person) =>
        world.InScopeAsync<TaskService, TaskWithAssignees>(s => s.AssignAsync(world.ActorOf(actor), task, person, CancellationToken.None));

    private Task<IReadOnlyList<Guid>> ClearAsync(string actor, Guid task, Guid person) =>
        world.InScopeAsync<TaskService, IReadOnlyList<Guid>>(s => s.ClearAssignationAsync(world.ActorOf(actor), [task], person, CancellationToken.None));

    private Task<List<Guid>> AssigneesAsync(Guid task) =>
        world.DbAsync(db => db.Set<TaskPersonLink>().Where(l => l.TaskId == task).Select(l => l.PersonId).ToListAsync());

    private Task<List<Notification>> NotificationsAsync(Guid task, string type) =>
        world.DbAsync(db => db.Set<Notification>().AsNoTracking().Where(n => n.TaskId == task && n.NotificationType == type).ToListAsync());
}
