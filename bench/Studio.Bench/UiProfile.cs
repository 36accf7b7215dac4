using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;
using Studio.Web.Components.Models;

namespace Studio.Bench;

/// <summary>
/// Where the shot list's load goes on the server: each domain call the layout and the page make when the list opens,
/// timed alone (warm, median of 5), in the order the page makes them.
/// </summary>
internal static class UiProfile
{
    private const int Runs = 5;

    public static async Task RunAsync(IServiceProvider services, Guid projectId)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
        Guid adminId;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            adminId = await db.Set<Person>().Where(p => p.Email == BenchServer.AdminEmail).Select(p => p.Id).SingleAsync();
        }

        var actor = new Actor(adminId, Roles.Admin);
        var crud = services.GetRequiredService<CrudService>();
        var breakdown = services.GetRequiredService<BreakdownQueries>();
        var team = services.GetRequiredService<ProjectTeamService>();
        var work = services.GetRequiredService<UserWorkService>();
        var events = services.GetRequiredService<EventPublisher>();
        var none = CancellationToken.None;
        var query = new Dictionary<string, string> { ["project_id"] = projectId.ToString() };
        Catalog catalog = null!;
        IReadOnlyList<EntityWithTasks> withTasks = [];
        List<EntityRow> rows = [];

        Console.WriteLine("Server side of opening the shot list (warm, median and range of 5, alone):");
        await Time("layout: productions list", () => CrudRegistry.For<Project>().ListAsync(crud, actor, new Dictionary<string, string>(), none));
        await Time("catalog (statuses, types, people…)", async () =>
        {
            using var cache = new CatalogCache(crud, events);
            catalog = await cache.GetAsync(actor, none);
        });
        await Time("layout: unread count", () => work.UnreadCountAsync(actor, none));
        await Time("layout + page: production", () => CrudRegistry.For<Project>().GetAsync(crud, actor, projectId, true, none));
        await Time("page: permissions", () => team.PermissionsAsync(actor, projectId, none));
        IReadOnlyList<EntityWithTasks> bare = [];
        await Time("page, first step: shots without tasks", async () => bare = await breakdown.WithoutTasksAsync(actor, "Shot", query, none));
        await Time("page, first step: 80 shots' tasks", () => breakdown.WithTasksOfAsync(actor, "Shot", query, [.. bare.Take(80).Select(r => r.Entity.Id)], none));
        await Time("page, second step: shots with tasks", async () => withTasks = await breakdown.WithTasksAsync(actor, "Shot", query, none));
        await Time("page: rows for the UI (EntityRow.Read)", () =>
        {
            rows = EntityRow.Read(withTasks, true, catalog);
            return Task.CompletedTask;
        });
        await Time("page: sequences", () => breakdown.ListAsync(actor, "Sequence", query, none));
        await Time("page: search + default sort", () =>
        {
            _ = EntitySort.Default.Apply(EntitySearch.Parse(null, catalog, []).Apply(rows)).ToList();
            return Task.CompletedTask;
        });
    }

    private static async Task Time(string label, Func<Task> step)
    {
        var times = new List<double>();
        await step();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await step();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-42} {times[Runs / 2],7:F1} ms ({times[0]:F1}–{times[^1]:F1})"));
    }
}
