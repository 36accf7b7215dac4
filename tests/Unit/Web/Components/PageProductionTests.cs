using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Tests.Unit.Infrastructure;
using Studio.Web.Components.Layout;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>The layout's rule for the production a page belongs to: its address, or for a task's page the task's production.</summary>
public sealed class PageProductionTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    private static readonly Guid Id = Guid.Parse("6f1c2b7e-0d1a-4b5e-9c3f-2a8d7e6b5c4a");

    [Theory]
    [InlineData("productions/6f1c2b7e-0d1a-4b5e-9c3f-2a8d7e6b5c4a/assets", true, false)]
    [InlineData("productions/6f1c2b7e-0d1a-4b5e-9c3f-2a8d7e6b5c4a/task-types/x?task=y", true, false)]
    [InlineData("tasks/6f1c2b7e-0d1a-4b5e-9c3f-2a8d7e6b5c4a", false, true)]
    [InlineData("tasks/6f1c2b7e-0d1a-4b5e-9c3f-2a8d7e6b5c4a#comment", false, true)]
    [InlineData("my-tasks?task=6f1c2b7e-0d1a-4b5e-9c3f-2a8d7e6b5c4a", false, false)]
    [InlineData("notifications", false, false)]
    [InlineData("", false, false)]
    [InlineData("tasks/not-a-task", false, false)]
    public void Parse_NamesAProductionOrATask_FromTheAddressOnly(string address, bool production, bool task)
    {
        var parsed = PageProduction.Parse(address);

        Assert.Equal(production ? Id : null, parsed.ProductionId);
        Assert.Equal(task ? Id : null, parsed.TaskId);
    }

    [Fact]
    public async Task OfAsync_ATasksPage_BelongsToTheTasksProduction_ForThoseWhoMayReadIt()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var rule = world.Factory.Services.GetRequiredService<PageProduction>();
        var manager = new Actor(Guid.Parse(world["manager"]), Roles.Manager);
        var outsider = new Actor(Guid.Parse(world["outsider"]), Roles.User);
        var page = PageProduction.Parse($"tasks/{modeling}");

        var forManager = await rule.OfAsync(manager, page, CancellationToken.None);
        var forOutsider = await rule.OfAsync(outsider, page, CancellationToken.None);
        var missing = await rule.OfAsync(manager, PageProduction.Parse($"tasks/{Guid.NewGuid()}"), CancellationToken.None);
        var productionPage = await rule.OfAsync(outsider, PageProduction.Parse($"productions/{Id}/shots"), CancellationToken.None);

        Assert.Equal(Guid.Parse(world["project"]), forManager);
        Assert.Null(forOutsider);
        Assert.Null(missing);
        Assert.Equal(Id, productionPage);
    }
}
