using Microsoft.EntityFrameworkCore;
using Studio.Domain.Events;

namespace Studio.Tests.Unit.Domain.Comments;

/// <summary>
/// Mentions: <c>@First Last</c> names a member of the production's team, <c>@Department</c> every team member of
/// that department; each gets a mention notification, never the author, never someone outside the team.
/// </summary>
[Collection(RulesCollection.Name)]
public sealed class CommentServiceMentionTests(RulesWorld world)
{
    [Fact]
    public async Task PostAsync_MentioningTeamMembersByName_NotifiesThem_ButNotTheAuthor()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var written = await world.PostAsync("manager", modeling, "todo", "@Ada Artist and @Sam Supervisor please look, and @Ben Brush, (not a mention: a comma follows), thanks from @Maya Manager");

        Assert.Equal(new[] { world.Id("artist"), world.Id("supervisor"), world.Id("manager") }.Order(), written.Mentions.Order());
        Assert.Equal(new[] { world.Id("artist"), world.Id("supervisor") }.Order(), await MentionedAsync(written.Comment.Id));
    }

    [Fact]
    public async Task PostAsync_MentioningADepartment_NotifiesItsMembersInTheTeam_Only()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var written = await world.PostAsync("manager", modeling, "todo", "Asking @Grooming for help");

        Assert.Equal(world.Id("grooming"), Assert.Single(written.DepartmentMentions));
        Assert.Empty(written.Mentions);
        Assert.Equal([world.Id("artist2")], await MentionedAsync(written.Comment.Id));
    }

    [Fact]
    public async Task PostAsync_MentioningSomeoneOutsideTheTeam_NotifiesNobody()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var written = await world.PostAsync("manager", modeling, "todo", "@Otto Outsider can you look?");

        Assert.Empty(written.Mentions);
        Assert.Empty(await MentionedAsync(written.Comment.Id));
    }

    private async Task<List<Guid>> MentionedAsync(Guid comment) => [.. (await world.DbAsync(db => db.Set<Notification>()
        .Where(n => n.CommentId == comment && n.NotificationType == "mention").Select(n => n.PersonId).ToListAsync())).Order()];
}
