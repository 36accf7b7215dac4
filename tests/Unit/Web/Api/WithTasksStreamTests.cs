using System.Net;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Breakdown;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;
using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// A <c>with-tasks</c> list goes out as it is written, in pieces of 64 KiB: a list of several pieces arrives whole,
/// every row in order with its tasks.
/// </summary>
public sealed class WithTasksStreamTests(WithTasksStreamTests.World world) : IClassFixture<WithTasksStreamTests.World>
{
    private const int Shots = 400;

    [Fact]
    public async Task ABigList_ArrivesWhole_InNameOrder_WithItsTasks()
    {
        var assignee = world.Id("artist");
        await world.DbAsync(async db =>
        {
            var shotType = await db.Set<EntityType>().Where(t => t.Name == "Shot").Select(t => t.Id).SingleAsync();
            var status = Guid.Parse(world.Status("todo"));
            for (var i = 0; i < Shots; i++)
            {
                var shot = new Entity { Id = Guid.NewGuid(), Name = $"SH{i:0000}", ProjectId = world.Id("project"), EntityTypeId = shotType, ParentId = world.Id("sequence") };
                var task = new ProductionTask { Id = Guid.NewGuid(), Name = "main", ProjectId = shot.ProjectId, EntityId = shot.Id, TaskTypeId = world.Id("layout"), TaskStatusId = status };
                db.AddRange(shot, task, new TaskPersonLink { TaskId = task.Id, PersonId = assignee });
            }

            return await db.SaveChangesAsync();
        });

        var rows = (await world.ClientOf("manager").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/shots/with-tasks?project_id={project}")))!.AsArray();

        Assert.True(rows.ToJsonString().Length > 3 * 64 * 1024, "The list is several pieces long.");
        Assert.Equal(Enumerable.Range(0, Shots).Select(i => $"SH{i:0000}"), rows.Select(r => r!["name"]!.GetValue<string>()));
        Assert.All(rows, r =>
        {
            var task = Assert.Single(r!["tasks"]!.AsArray())!;
            Assert.Equal(world["layout"], task["task_type_id"]!.GetValue<string>());
            Assert.Equal(world["artist"], Assert.Single(task["assignees"]!.AsArray())!.GetValue<string>());
        });
    }

    public sealed class World : StudioWorld
    {
        protected override void Declare(StudioWorldBuilder world) => world
            .Person("manager", Roles.Manager)
            .Person("artist", Roles.User)
            .Project("project", "manager", "artist")
            .TaskStatuses()
            .TaskType("layout", forEntity: "Shot")
            .Sequence("sequence", "SQ01");
    }
}
