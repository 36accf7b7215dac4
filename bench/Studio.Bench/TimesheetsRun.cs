using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
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
/// The timesheet tables of a studio's year: 200 people, each logging two tasks on each of 250 working days of 2025
/// (100,000 time spents), then the year, month, week and day tables an administrator and a supervisor read (median of
/// warm requests over HTTP, the whole JSON read).
/// </summary>
internal static class TimesheetsRun
{
    private const int People = 200;
    private const int WorkingDays = 250;

    public static async Task RunAsync(BenchServer server)
    {
        var contexts = server.Factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
        var admin = await server.ClientAsync(BenchServer.AdminEmail, BenchServer.AdminPassword);
        var created = await admin.PostAsJsonAsync("/api/data/persons", new
        {
            first_name = "Load", last_name = "Supervisor", email = "supervisor@example.com", password = "supervisor-password", role = Roles.Supervisor,
        });
        created.EnsureSuccessStatusCode();
        var supervisorId = Guid.Parse((await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        var seeding = Stopwatch.StartNew();
        var rows = await SeedAsync(contexts, supervisorId);
        Console.WriteLine($"Database: {server.DatabaseLabel}");
        Console.WriteLine($"Seeded {People} people × {WorkingDays} working days of 2025, two tasks a day: {rows:N0} time spents, in {seeding.Elapsed.TotalSeconds:F1} s");

        var supervisor = await server.ClientAsync("supervisor@example.com", "supervisor-password");
        foreach (var (label, client, url) in new[]
        {
            ("admin", admin, "/api/data/persons/time-spents/year-table"),
            ("admin", admin, "/api/data/persons/time-spents/month-table/2025"),
            ("admin", admin, "/api/data/persons/time-spents/week-table/2025"),
            ("admin", admin, "/api/data/persons/time-spents/day-table/2025/6"),
            ("supervisor", supervisor, "/api/data/persons/time-spents/year-table"),
        })
        {
            var bytes = 0L;
            var median = await Bench.MedianAsync(async () =>
            {
                var response = await client.GetAsync(url);
                response.EnsureSuccessStatusCode();
                bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
            });
            Console.WriteLine($"GET {url} ({label}): median {median:F1} ms over {Bench.Runs} runs ({bytes / 1024.0:F0} KiB)");
        }
    }

    /// <summary>
    /// One production with a modeling and an animation department; each person works on two tasks of one of them (a
    /// supervisor of the modeling department reads half the studio's time). Returns the count of time spents.
    /// </summary>
    private static async Task<int> SeedAsync(IDbContextFactory<StudioDbContext> contexts, Guid supervisorId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var open = await new ProjectStatuses(db).OpenAsync(CancellationToken.None);
        var project = new Project { Id = Guid.NewGuid(), Name = "Timesheets", ProjectStatusId = open.Id };
        var modeling = new Department { Id = Guid.NewGuid(), Name = "Bench modeling", Color = "#000000" };
        var animation = new Department { Id = Guid.NewGuid(), Name = "Bench animation", Color = "#ffffff" };
        var types = new[]
        {
            new TaskType { Id = Guid.NewGuid(), Name = "Bench modeling", ForEntity = "Asset", DepartmentId = modeling.Id },
            new TaskType { Id = Guid.NewGuid(), Name = "Bench animation", ForEntity = "Shot", DepartmentId = animation.Id },
        };
        db.AddRange(project, modeling, animation);
        db.AddRange(types);
        db.Add(new ProjectPersonLink { ProjectId = project.Id, PersonId = supervisorId });
        db.Add(new DepartmentLink { PersonId = supervisorId, DepartmentId = modeling.Id });
        var character = await db.Set<EntityType>().FirstAsync(t => t.Name == "Character");
        var status = await new TaskStatuses(db).DefaultAsync(false, CancellationToken.None);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var days = new List<DateOnly>();
        for (var day = new DateOnly(2025, 1, 1); days.Count < WorkingDays; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(day);
            }
        }

        var count = 0;
        for (var i = 0; i < People; i++)
        {
            var person = PersonsService.NewPerson($"artist{i}@example.com", "Artist", i.ToString(CultureInfo.InvariantCulture), Roles.User);
            db.Add(person);
            db.Add(new ProjectPersonLink { ProjectId = project.Id, PersonId = person.Id });
            var type = types[i % 2];
            for (var t = 0; t < 2; t++)
            {
                var entity = new Entity { Id = Guid.NewGuid(), Name = $"Bench {i:000}-{t}", ProjectId = project.Id, EntityTypeId = character.Id };
                var task = new ProductionTask { Id = Guid.NewGuid(), Name = "main", ProjectId = project.Id, EntityId = entity.Id, TaskTypeId = type.Id, TaskStatusId = status.Id };
                db.AddRange(entity, task, new TaskPersonLink { TaskId = task.Id, PersonId = person.Id });
                foreach (var day in days)
                {
                    db.Add(new TimeSpent { Id = Guid.NewGuid(), TaskId = task.Id, PersonId = person.Id, Date = day, Duration = 240 });
                    count++;
                }
            }

            if (i % 20 == 19)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return count;
    }
}
