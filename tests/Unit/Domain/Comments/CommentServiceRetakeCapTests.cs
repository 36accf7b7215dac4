using System.Net;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Comments;
using Studio.Domain.Common;

namespace Studio.Tests.Unit.Domain.Comments;

/// <summary>The retake cap: a production's maximum of retakes per task, which an asset's own data may raise.</summary>
[Collection(RulesCollection.Name)]
public sealed class CommentServiceRetakeCapTests(RulesWorld world)
{
    [Fact]
    public async Task PostAsync_RetakeBeyondTheCap_IsRefusedWithTheRulesMessage_AndLeavesTheTask()
    {
        var (_, modeling, _) = await world.NewAssetAsync("capped");
        await world.PostAsync("manager", modeling, "retake", "Fix the ears");
        await world.PostAsync("manager", modeling, "wip");

        var refused = await Assert.ThrowsAsync<WrongParameterException>(() => world.PostAsync("manager", modeling, "retake", "And the nose"));

        Assert.Equal("No more retakes allowed on this task", refused.Message);
        var task = await world.TaskRowAsync(modeling);
        Assert.Equal(world.Id("status:wip"), task.TaskStatusId);
        Assert.Equal(1, task.RetakeCount);
        Assert.Equal(0, await world.DbAsync(db => db.Set<Comment>().CountAsync(c => c.ObjectId == modeling && c.Text == "And the nose")));
    }

    [Fact]
    public async Task PostAsync_TaskAlreadyAtTheCap_IsRefusedEvenStayingInRetake()
    {
        var (_, modeling, _) = await world.NewAssetAsync("capped");
        await world.PostAsync("manager", modeling, "retake");

        var refused = await Assert.ThrowsAsync<WrongParameterException>(() => world.PostAsync("manager", modeling, "retake", "Still wrong"));

        Assert.Equal("No more retakes allowed on this task", refused.Message);
    }

    [Fact]
    public async Task PostAsync_AssetRaisingTheCap_AllowsOneMoreRetake()
    {
        var (asset, modeling, _) = await world.NewAssetAsync("capped");
        await world.PostAsync("manager", modeling, "retake");
        await world.PostAsync("manager", modeling, "wip");
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/entities/{asset}", new { data = new { max_retakes = 2 } });

        await world.PostAsync("manager", modeling, "retake", "Second chance");
        await world.PostAsync("manager", modeling, "wip");
        var third = await Assert.ThrowsAsync<WrongParameterException>(() => world.PostAsync("manager", modeling, "retake"));

        Assert.Equal(2, (await world.TaskRowAsync(modeling)).RetakeCount);
        Assert.Equal("No more retakes allowed on this task", third.Message);
    }

    [Fact]
    public async Task PostAsync_ProductionWithoutACap_TakesEveryRetake()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        for (var i = 0; i < 3; i++)
        {
            await world.PostAsync("manager", modeling, "retake");
            await world.PostAsync("manager", modeling, "wip");
        }

        Assert.Equal(3, (await world.TaskRowAsync(modeling)).RetakeCount);
    }
}
