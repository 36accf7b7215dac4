using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;
using Studio.Web.Api.Zou;

namespace Studio.Bench;

/// <summary>
/// Builds a big production and compares <c>GET /api/data/shots/with-tasks</c> with one raw SQL query writing the
/// same JSON (see bench/README.md); or runs the comment load (<see cref="CommentsLoad"/>).
/// </summary>
internal static class Bench
{
    private const int Assets = 2000;
    private const int Shots = 5000;
    private const int Sequences = 50;
    private const int TasksPerEntity = 8;
    private const int Warmups = 3;
    internal const int Runs = 15;

    /// <summary><c>shots</c> (default): the with-tasks list on a big production; <c>comments</c>: the comment load run; <c>media</c>: the preview pipeline; <c>ui</c>: the shot list of the big production in a browser; <c>timesheets</c>: the time tables of a studio's year; <c>quotas</c>: the quota tables of a big production.</summary>
    public static async Task<int> Main(string[] args)
    {
        var mode = args.FirstOrDefault() ?? "shots";
        if (mode is not ("shots" or "comments" or "media" or "ui" or "timesheets" or "quotas"))
        {
            Console.Error.WriteLine("usage: Studio.Bench [shots|comments|media|ui|timesheets|quotas]");
            return 2;
        }

        if (mode == "comments" && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("STUDIO_BENCH_POSTGRES")))
        {
            // SQLite serializes every write: 32 clients posting comments would measure its file lock, not Studio.
            Console.Error.WriteLine("The comments load run needs PostgreSQL: set STUDIO_BENCH_POSTGRES to a connection string "
                + "(SQLite serializes every write, so its figures would measure the database lock, not the server).");
            return 2;
        }

        await using var server = await BenchServer.StartAsync(kestrel: mode is "comments" or "ui");
        if (mode == "ui")
        {
            await UiScroll.RunAsync(server, SeedAsync);
            return 0;
        }

        if (mode == "comments")
        {
            await CommentsLoad.RunAsync(server);
            return 0;
        }

        if (mode == "timesheets")
        {
            await TimesheetsRun.RunAsync(server);
            return 0;
        }

        if (mode == "quotas")
        {
            await QuotasRun.RunAsync(server);
            return 0;
        }

        if (mode == "media")
        {
            await MediaRun.RunAsync(server);
            return 0;
        }

        var contexts = server.Factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
        var seeding = Stopwatch.StartNew();
        var projectId = await SeedAsync(contexts);
        Console.WriteLine($"Database: {server.DatabaseLabel}");
        Console.WriteLine($"Seeded {Assets:N0} assets, {Shots:N0} shots in {Sequences} sequences, {(Assets + Shots) * TasksPerEntity:N0} tasks with one assignee each, in {seeding.Elapsed.TotalSeconds:F1} s");

        var client = await server.ClientAsync(BenchServer.AdminEmail, BenchServer.AdminPassword);
        var url = $"/api/data/shots/with-tasks?project_id={projectId}";

        long bytes = 0;
        var commands = 0;
        using (var counter = new CommandCounter())
        {
            var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
            commands = counter.Count;
        }

        var api = await MedianAsync(async () =>
        {
            var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });

        await using var db = await contexts.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        long rawBytes = 0;
        var raw = await MedianAsync(async () => rawBytes = (await RawShotsWithTasksAsync(connection, projectId)).LongLength);

        Console.WriteLine($"GET {url.Split('?')[0]}: median {api:F1} ms over {Runs} runs ({bytes / 1024.0 / 1024.0:F1} MiB, {commands} SQL commands)");
        Console.WriteLine($"One raw SQL query + JSON:          median {raw:F1} ms over {Runs} runs ({rawBytes / 1024.0 / 1024.0:F1} MiB)");
        Console.WriteLine($"Ratio API / raw: {api / raw:F2}");

        // Where a warm request's database time goes: its slowest commands (reader open, materialization included).
        using var profile = new CommandCounter();
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        Console.WriteLine("Slowest SQL commands of one warm request:");
        foreach (var line in profile.Slowest(4))
        {
            Console.WriteLine("  " + line);
        }
        return 0;
    }

    /// <summary>The median time of <paramref name="run"/> in milliseconds, over 15 runs after 3 warm-ups.</summary>
    internal static async Task<double> MedianAsync(Func<Task> run)
    {
        for (var i = 0; i < Warmups; i++)
        {
            await run();
        }

        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    internal static async Task<Guid> SeedAsync(IDbContextFactory<StudioDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var open = await new ProjectStatuses(db).OpenAsync(CancellationToken.None);
        var project = new Project { Id = Guid.NewGuid(), Name = "Big production", ProjectStatusId = open.Id };
        db.Add(project);
        var artists = Enumerable.Range(1, 8).Select(i => PersonsService.NewPerson($"artist{i}@example.com", "Artist", i.ToString(CultureInfo.InvariantCulture), Roles.User)).ToList();
        db.AddRange(artists);
        db.AddRange(artists.Select(a => new ProjectPersonLink { ProjectId = project.Id, PersonId = a.Id }));
        var status = await new TaskStatuses(db).DefaultAsync(false, CancellationToken.None);
        var shotTypes = Enumerable.Range(1, TasksPerEntity).Select(i => new TaskType { Id = Guid.NewGuid(), Name = $"Shot step {i}", ForEntity = "Shot", Priority = i }).ToList();
        var assetTaskTypes = Enumerable.Range(1, TasksPerEntity).Select(i => new TaskType { Id = Guid.NewGuid(), Name = $"Asset step {i}", ForEntity = "Asset", Priority = i }).ToList();
        db.AddRange(shotTypes);
        db.AddRange(assetTaskTypes);
        var assetTypes = await db.Set<EntityType>().Where(t => t.Name == "Character" || t.Name == "Prop" || t.Name == "Environment").ToListAsync();
        var shotType = await EntityKinds.TypeAsync(db, "Shot", CancellationToken.None);
        var sequenceType = await EntityKinds.TypeAsync(db, "Sequence", CancellationToken.None);
        var episodeType = await EntityKinds.TypeAsync(db, "Episode", CancellationToken.None);
        await db.SaveChangesAsync();

        var episode = new Entity { Id = Guid.NewGuid(), Name = "E01", ProjectId = project.Id, EntityTypeId = episodeType.Id };
        var sequences = Enumerable.Range(1, Sequences).Select(i => new Entity
        {
            Id = Guid.NewGuid(), Name = $"SQ{i:000}", ProjectId = project.Id, EntityTypeId = sequenceType.Id, ParentId = episode.Id,
        }).ToList();
        db.Add(episode);
        db.AddRange(sequences);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var entities = new List<(Entity Entity, List<TaskType> Types)>();
        for (var i = 0; i < Assets; i++)
        {
            entities.Add((new Entity { Id = Guid.NewGuid(), Name = $"Asset {i:0000}", ProjectId = project.Id, EntityTypeId = assetTypes[i % assetTypes.Count].Id, Data = new JsonObject() }, assetTaskTypes));
        }

        for (var i = 0; i < Shots; i++)
        {
            var data = new JsonObject { ["frame_in"] = 1001, ["frame_out"] = 1001 + (i % 200), ["fps"] = "24" };
            entities.Add((new Entity { Id = Guid.NewGuid(), Name = $"SH{i:0000}", ProjectId = project.Id, EntityTypeId = shotType.Id, ParentId = sequences[i % Sequences].Id, NbFrames = 48, Data = data }, shotTypes));
        }

        var random = new Random(42);
        foreach (var batch in entities.Chunk(500))
        {
            foreach (var (entity, types) in batch)
            {
                db.Add(entity);
                foreach (var type in types)
                {
                    var task = new ProductionTask
                    {
                        Id = Guid.NewGuid(), Name = "main", ProjectId = project.Id, EntityId = entity.Id, TaskTypeId = type.Id, TaskStatusId = status.Id,
                        Estimation = random.Next(1, 20) * 60, DueDate = DateTime.UtcNow.Date.AddDays(random.Next(1, 90)),
                    };
                    db.Add(task);
                    db.Add(new TaskPersonLink { TaskId = task.Id, PersonId = artists[random.Next(artists.Count)].Id });
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return project.Id;
    }

    /// <summary>The same rows as the route, read by one SQL query and written as the same JSON.</summary>
    private static async Task<byte[]> RawShotsWithTasksAsync(DbConnection connection, Guid projectId)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.id, s.name, s.canceled, s.data, s.description, s.entity_type_id, s.nb_frames, s.parent_id, s.preview_file_id, s.project_id,
                   s.source_id, s.nb_entities_out, s.is_casting_standby, sq.name, ep.id, ep.name, p.name,
                   t.id, t.task_type_id, t.task_status_id, t.priority, t.estimation, t.duration, t.retake_count, t.real_start_date, t.end_date,
                   t.start_date, t.due_date, t.done_date, t.last_comment_date, t.last_preview_file_id, t.difficulty, t.nb_drawings, t.nb_assets_ready, l.person_id
            FROM entity s
            JOIN entity sq ON sq.id = s.parent_id
            LEFT JOIN entity ep ON ep.id = sq.parent_id
            JOIN project p ON p.id = s.project_id
            JOIN entity_type et ON et.id = s.entity_type_id AND et.name = 'Shot'
            LEFT JOIN task t ON t.entity_id = s.id
            LEFT JOIN task_person_link l ON l.task_id = t.id
            WHERE s.project_id = @project
            ORDER BY s.name, t.id
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@project";
        parameter.Value = connection is NpgsqlConnection ? projectId : projectId.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        return await Task.FromResult(ZouJsonWriter.Write(writer =>
        {
            writer.WriteStartArray();
            string? shot = null;
            string? task = null;
            while (reader.Read())
            {
                var shotId = Text(reader, 0)!;
                if (shotId != shot)
                {
                    if (shot is not null)
                    {
                        EndTask(writer, task);
                        writer.WriteEndArray();
                        writer.WriteString("type", "Shot");
                        writer.WriteEndObject();
                    }

                    shot = shotId;
                    task = null;
                    var data = reader.IsDBNull(3) ? null : JsonNode.Parse(reader.GetString(3));
                    writer.WriteStartObject();
                    writer.WriteBoolean("canceled", reader.GetBoolean(2));
                    writer.WriteNode("data", data);
                    writer.WriteText("description", Text(reader, 4));
                    writer.WriteText("entity_type_id", Text(reader, 5));
                    writer.WriteText("episode_id", Text(reader, 14));
                    writer.WriteString("episode_name", Text(reader, 15) ?? "");
                    writer.WriteField("fps", data, "fps");
                    writer.WriteField("frame_in", data, "frame_in");
                    writer.WriteField("frame_out", data, "frame_out");
                    writer.WriteString("id", shotId);
                    writer.WriteString("name", reader.GetString(1));
                    writer.WriteInt("nb_frames", reader.IsDBNull(6) ? null : reader.GetInt32(6));
                    writer.WriteText("parent_id", Text(reader, 7));
                    writer.WriteText("preview_file_id", Text(reader, 8));
                    writer.WriteText("project_id", Text(reader, 9));
                    writer.WriteText("project_name", Text(reader, 16));
                    writer.WriteText("sequence_id", Text(reader, 7));
                    writer.WriteText("sequence_name", Text(reader, 13));
                    writer.WriteText("source_id", Text(reader, 10));
                    writer.WriteInt("nb_entities_out", reader.IsDBNull(11) ? null : reader.GetInt32(11));
                    writer.WriteBoolean("is_casting_standby", reader.GetBoolean(12));
                    writer.WritePropertyName("tasks");
                    writer.WriteStartArray();
                }

                var taskId = Text(reader, 17);
                if (taskId is null)
                {
                    continue;
                }

                if (taskId != task)
                {
                    EndTask(writer, task);
                    task = taskId;
                    writer.WriteStartObject();
                    writer.WriteString("id", taskId);
                    writer.WriteFloat("duration", Double(reader, 22));
                    writer.WriteTime("due_date", Time(reader, 27));
                    writer.WriteTime("end_date", Time(reader, 25));
                    writer.WriteTime("done_date", Time(reader, 28));
                    writer.WriteString("entity_id", shotId);
                    writer.WriteFloat("estimation", Double(reader, 21));
                    writer.WriteBoolean("is_subscribed", false);
                    writer.WriteTime("last_comment_date", Time(reader, 29));
                    writer.WriteText("last_preview_file_id", Text(reader, 30));
                    writer.WriteInt("nb_assets_ready", Int(reader, 33));
                    writer.WriteInt("priority", Int(reader, 20) ?? 0);
                    writer.WriteTime("real_start_date", Time(reader, 24));
                    writer.WriteInt("retake_count", Int(reader, 23));
                    writer.WriteTime("start_date", Time(reader, 26));
                    writer.WriteInt("difficulty", Int(reader, 31));
                    writer.WriteInt("nb_drawings", Int(reader, 32));
                    writer.WriteText("task_status_id", Text(reader, 19));
                    writer.WriteText("task_type_id", Text(reader, 18));
                    writer.WritePropertyName("assignees");
                    writer.WriteStartArray();
                }

                if (Text(reader, 34) is { } person)
                {
                    writer.WriteStringValue(person);
                }
            }

            if (shot is not null)
            {
                EndTask(writer, task);
                writer.WriteEndArray();
                writer.WriteString("type", "Shot");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }));

        static void EndTask(Utf8JsonWriter writer, string? task)
        {
            if (task is not null)
            {
                writer.WriteEndArray();
                writer.WriteNull("data");
                writer.WriteEndObject();
            }
        }

        static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);

        static double? Double(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);

        static int? Int(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);

        static DateTime? Time(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetValue(i) switch
        {
            DateTime time => time,
            string text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
            var other => Convert.ToDateTime(other, CultureInfo.InvariantCulture),
        };
    }
}
