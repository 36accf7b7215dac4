using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;
using Studio.Domain.Timesheets;

namespace Studio.Bench;

/// <summary>
/// The quotas of a big production: 5,000 shots × 8 shot task types (40,000 tasks), made by 80 artists over 2025. Half
/// the tasks have two days of time logged, the other half none (their frames are spread over their working days).
/// Then the quota table of a task type (weighted and whole), a person's table, and a person's shots of a month, as a
/// manager reads them (median of warm requests over HTTP, the whole JSON read).
/// </summary>
internal static class QuotasRun
{
    private const int Shots = 5_000;
    private const int TaskTypes = 8;
    private const int Artists = 80;

    public static async Task RunAsync(BenchServer server)
    {
        var contexts = server.Factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
        var admin = await server.ClientAsync(BenchServer.AdminEmail, BenchServer.AdminPassword);
        var seeding = Stopwatch.StartNew();
        var (project, types, artist, tasks, logged) = await SeedAsync(contexts);
        if (server.IsPostgres)
        {
            // A studio's database has its statistics (autovacuum keeps them); this one was filled a second ago.
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Console.WriteLine($"Database: {server.DatabaseLabel}");
        Console.WriteLine($"Seeded {Shots:N0} shots × {TaskTypes} task types: {tasks:N0} tasks made in 2025 by {Artists} artists, {logged:N0} time spents, in {seeding.Elapsed.TotalSeconds:F1} s");

        foreach (var url in new[]
        {
            $"/api/data/projects/{project}/quotas/{types[0]}",
            $"/api/data/projects/{project}/quotas/{types[0]}?count_mode=feedback",
            $"/api/data/projects/{project}/quotas/persons/{artist}",
            $"/api/data/persons/{artist}/quota-shots/month/2025/6?project_id={project}&task_type_id={types[0]}",
        })
        {
            var bytes = 0L;
            var median = await Bench.MedianAsync(async () =>
            {
                var response = await admin.GetAsync(url);
                response.EnsureSuccessStatusCode();
                bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
            });
            Console.WriteLine($"GET {url}: median {median:F1} ms over {Bench.Runs} runs ({bytes / 1024.0:F0} KiB)");
        }
    }

    private static async Task<(Guid Project, Guid[] Types, Guid Artist, int Tasks, int Logged)> SeedAsync(IDbContextFactory<StudioDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var open = await new ProjectStatuses(db).OpenAsync(CancellationToken.None);
        var project = new Project { Id = Guid.NewGuid(), Name = "Quotas", ProjectStatusId = open.Id };
        var types = Enumerable.Range(0, TaskTypes).Select(i => new TaskType { Id = Guid.NewGuid(), Name = $"Bench step {i}", ForEntity = "Shot", Priority = i }).ToArray();
        db.Add(project);
        db.AddRange(types);
        var shotType = await db.Set<EntityType>().FirstAsync(t => t.Name == "Shot");
        var sequenceType = await db.Set<EntityType>().FirstAsync(t => t.Name == "Sequence");
        var status = await new TaskStatuses(db).DefaultAsync(false, CancellationToken.None);
        var artists = Enumerable.Range(0, Artists).Select(i => PersonsService.NewPerson($"quota{i}@example.com", "Quota", i.ToString(CultureInfo.InvariantCulture), Roles.User)).ToArray();
        db.AddRange(artists);
        db.AddRange(artists.Select(a => new ProjectPersonLink { ProjectId = project.Id, PersonId = a.Id }));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var random = new Random(42);
        var start = new DateTime(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc);
        var (tasks, logged) = (0, 0);
        Entity? sequence = null;
        for (var s = 0; s < Shots; s++)
        {
            if (s % 100 == 0)
            {
                sequence = new Entity { Id = Guid.NewGuid(), Name = $"SQ{s / 100:000}", ProjectId = project.Id, EntityTypeId = sequenceType.Id };
                db.Add(sequence);
            }

            var shot = new Entity { Id = Guid.NewGuid(), Name = $"SH{s:0000}", ProjectId = project.Id, EntityTypeId = shotType.Id, ParentId = sequence!.Id, NbFrames = 24 + random.Next(200) };
            db.Add(shot);
            for (var t = 0; t < TaskTypes; t++)
            {
                var begun = start.AddDays(random.Next(330));
                var task = new ProductionTask
                {
                    Id = Guid.NewGuid(), Name = "main", ProjectId = project.Id, EntityId = shot.Id, TaskTypeId = types[t].Id, TaskStatusId = status.Id,
                    RealStartDate = begun, EndDate = begun.AddDays(2 + random.Next(6)).AddHours(6), DoneDate = begun.AddDays(10),
                };
                var artist = artists[(s + t) % Artists];
                db.AddRange(task, new TaskPersonLink { TaskId = task.Id, PersonId = artist.Id });
                tasks++;
                if ((s + t) % 2 == 0)
                {
                    var day = DateOnly.FromDateTime(begun);
                    db.Add(new TimeSpent { Id = Guid.NewGuid(), TaskId = task.Id, PersonId = artist.Id, Date = day, Duration = 240 });
                    db.Add(new TimeSpent { Id = Guid.NewGuid(), TaskId = task.Id, PersonId = artist.Id, Date = day.AddDays(1), Duration = 240 });
                    task.Duration = 480;
                    logged += 2;
                }
            }

            if (s % 250 == 249)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return (project.Id, [.. types.Select(t => t.Id)], artists[0].Id, tasks, logged);
    }
}
