using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Previews;
using Studio.Domain.Projects;
using Studio.Tests.Unit.Domain;

namespace Studio.Tests.Unit.Builders;

/// <summary>What the builder declares is what the database holds: the rules world's TV show is checked row by row.</summary>
[Collection(RulesCollection.Name)]
public sealed class StudioWorldBuilderTests(RulesWorld world)
{
    [Fact]
    public async Task TvShow_HoldsItsEpisode_TheAssetInIt_AndTheVersionSentForReview()
    {
        var show = await world.DbAsync(db => db.Set<Project>().AsNoTracking().FirstAsync(p => p.Id == world.Id("show")));
        var hero = await world.DbAsync(db => db.Set<Entity>().AsNoTracking().FirstAsync(e => e.Id == world.Id("show-hero")));
        var comment = await world.DbAsync(db => db.Set<Comment>().AsNoTracking().FirstAsync(c => c.Id == world.Id("version-1")));
        var preview = await world.DbAsync(db => db.Set<PreviewFile>().AsNoTracking().FirstAsync(p => p.Id == world.Id("version-1/preview")));
        var task = await world.TaskRowAsync(world.Id("show-hero/modeling"));

        Assert.Equal("tvshow", show.ProductionType);
        Assert.Equal(show.Id, hero.ProjectId);
        Assert.Equal(world.Id("e01"), hero.SourceId);
        Assert.Equal(world.Id("artist"), comment.PersonId);
        Assert.Equal(world.Id("status:wfa"), task.TaskStatusId);
        Assert.Equal((task.Id, 1), (preview.TaskId!.Value, preview.Revision!.Value));
        Assert.Equal(world.Id("artist"), world.ActorOf("artist").PersonId);
    }
}
