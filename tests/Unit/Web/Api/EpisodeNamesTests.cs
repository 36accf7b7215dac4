using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// In a TV show, two episodes may each hold SQ01 / SH010: the feeds name a shot with its episode
/// (<c>E01 / SQ01 / SH010</c>), as Zou's full entity name does, so the two cannot be confused.
/// </summary>
public sealed class EpisodeNamesTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task TvShowShot_NotificationAndNews_NameTheEpisode()
    {
        var task = await ShotTaskOfATvShowAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, task.Id, "wip", "Timing");

        var notifications = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/notifications");
        var notification = notifications!.AsArray().Single(n => n!["comment_id"]?.GetValue<string>() == comment.Id())!;
        var news = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{task.Project}/news?limit=500");
        var item = news!["data"]!.AsArray().Single(n => n!["comment_id"]?.GetValue<string>() == comment.Id())!;

        Assert.Equal("E01 / SQ01 / SH010", notification["full_entity_name"]!.GetValue<string>());
        Assert.Equal(task.Episode, notification["episode_id"]!.GetValue<string>());
        Assert.Equal("E01 / SQ01 / SH010", item["full_entity_name"]!.GetValue<string>());
    }

    /// <summary>A new TV show (with its E01), E01's SQ01 / SH010 and a shot task assigned to the artist.</summary>
    private async Task<(string Id, string Project, string Episode)> ShotTaskOfATvShowAsync()
    {
        var project = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/projects",
            new { name = "Show " + Guid.NewGuid().ToString("N")[..8], production_type = "tvshow" });
        foreach (var person in new[] { world["manager"], world["artist"] })
        {
            await world.Admin.TeamAddAsync(project.Id(), person);
        }

        var episode = project!["first_episode_id"]!.GetValue<string>();
        var sequence = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project.Id()}/sequences",
            new { name = "SQ01", episode_id = episode });
        var shot = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project.Id()}/shots",
            new { name = "SH010", sequence_id = sequence.Id() });
        var types = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types"))!.AsArray();
        var animation = types.First(t => t!["for_entity"]?.GetValue<string>() == "Shot").Id();
        var task = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
            new { entity_id = shot.Id(), task_type_id = animation, assignees = new[] { world["artist"] } });
        return (task.Id(), project.Id(), episode);
    }
}
