using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Studio.Bench;

/// <summary>
/// The comment load run: 32 clients, each signed in as its own artist, post comments that change the status of
/// their tasks (WIP → WFA → Retake → WIP…) for 30 seconds over HTTP; prints requests per second, p50 and p99
/// latency and the errors. Each task has a second assignee (the next artist) and a subscriber (a supervisor), so
/// every comment writes notifications as on a real production. A failed request (an error status, a transport
/// failure or a timeout) counts as an error and the client goes on.
/// </summary>
internal static class CommentsLoad
{
    private const int Clients = 32;
    private const int TasksPerClient = 20;

    public static async Task RunAsync(BenchServer server)
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("STUDIO_BENCH_SECONDS"), out var s) ? s : 30;
        var admin = await server.ClientAsync(BenchServer.AdminEmail, BenchServer.AdminPassword);
        var statuses = (await GetAsync(admin, "/api/data/task-status"))!.AsArray().ToDictionary(x => x!["short_name"]!.GetValue<string>(), x => x!["id"]!.GetValue<string>());
        string[] cycle = [statuses["wip"], statuses["wfa"], statuses["retake"]];
        var character = (await GetAsync(admin, "/api/data/entity-types?name=Character"))!.AsArray()[0]!["id"]!.GetValue<string>();
        var modeling = (await GetAsync(admin, "/api/data/task-types?name=Modeling"))!.AsArray().First(t => t!["for_entity"]!.GetValue<string>() == "Asset")!["id"]!.GetValue<string>();
        var project = (await PostAsync(admin, "/api/data/projects", new JsonObject { ["name"] = "Load run" }))!["id"]!.GetValue<string>();

        var artists = new List<string>();
        for (var i = 0; i < Clients; i++)
        {
            artists.Add(await TeamMemberAsync(admin, project, $"artist{i}@example.com", "Artist", $"{i}"));
        }

        await TeamMemberAsync(admin, project, "supervisor@example.com", "Supervisor", "Load");
        var supervisor = await server.ClientAsync("supervisor@example.com", "artist-password");
        var workers = new List<(HttpClient Client, List<string> Tasks)>();
        for (var i = 0; i < Clients; i++)
        {
            var tasks = new List<string>();
            for (var j = 0; j < TasksPerClient; j++)
            {
                var asset = (await PostAsync(admin, $"/api/data/projects/{project}/asset-types/{character}/assets/new", new JsonObject { ["name"] = $"Asset {i:00}-{j:00}" }))!["id"]!.GetValue<string>();
                var task = await PostAsync(admin, "/api/data/tasks", new JsonObject
                {
                    ["entity_id"] = asset, ["task_type_id"] = modeling, ["assignees"] = new JsonArray(artists[i], artists[(i + 1) % Clients]),
                });
                tasks.Add(task!["id"]!.GetValue<string>());
            }

            await PostAsync(supervisor, "/api/actions/user/tasks/subscribe", new JsonObject { ["task_ids"] = new JsonArray([.. tasks.Select(t => (JsonNode)t)]) });
            workers.Add((await server.ClientAsync($"artist{i}@example.com", "artist-password"), tasks));
        }

        Console.WriteLine($"Database: {server.DatabaseLabel}; {Clients} clients, {TasksPerClient} tasks each (two assignees and a subscriber), {seconds} s");
        var latencies = new List<double>[Clients];
        var errors = 0;
        var failures = new Dictionary<string, int>();
        var stop = DateTime.UtcNow.AddSeconds(seconds);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(workers.Select((worker, index) => Task.Run(async () =>
        {
            var mine = latencies[index] = [];
            var n = 0;
            while (DateTime.UtcNow < stop)
            {
                var task = worker.Tasks[n % worker.Tasks.Count];
                var status = cycle[(n / worker.Tasks.Count) % cycle.Length];
                n++;
                var body = new JsonObject { ["task_status_id"] = status, ["comment"] = $"Pass {n} on the ears and the nose" };
                var watch = Stopwatch.StartNew();
                var failure = await PostCommentAsync(worker.Client, task, body);
                mine.Add(watch.Elapsed.TotalMilliseconds);
                if (failure is not null)
                {
                    Interlocked.Increment(ref errors);
                    lock (failures)
                    {
                        failures[failure] = failures.GetValueOrDefault(failure) + 1;
                    }
                }
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        Console.WriteLine($"Requests: {all.Count:N0} in {elapsed:F1} s = {all.Count / elapsed:F0} requests/s");
        Console.WriteLine($"Latency: p50 {Percentile(all, 0.50):F1} ms, p99 {Percentile(all, 0.99):F1} ms, max {all.LastOrDefault():F1} ms");
        Console.WriteLine($"Errors: {errors}{(failures.Count > 0 ? " (" + string.Join(", ", failures.Select(p => $"{p.Key}: {p.Value}")) + ")" : "")}");
    }

    /// <summary>One comment post; null when it was created, else what went wrong (a status code, a timeout, a transport failure).</summary>
    private static async Task<string?> PostCommentAsync(HttpClient client, string task, JsonObject body)
    {
        try
        {
            using var response = await client.PostAsync($"/api/actions/tasks/{task}/comment", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            await response.Content.ReadAsByteArrayAsync();
            return response.StatusCode == HttpStatusCode.Created ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (TaskCanceledException)
        {
            return "timeout";
        }
        catch (HttpRequestException e)
        {
            return $"transport ({e.HttpRequestError})";
        }
        catch (IOException)
        {
            return "transport (I/O)";
        }
    }

    /// <summary>A new artist (password <c>artist-password</c>) in the production's team; returns their id.</summary>
    private static async Task<string> TeamMemberAsync(HttpClient admin, string project, string email, string firstName, string lastName)
    {
        var person = (await PostAsync(admin, "/api/data/persons", new JsonObject { ["first_name"] = firstName, ["last_name"] = lastName, ["email"] = email, ["password"] = "artist-password" }))!;
        var id = person["id"]!.GetValue<string>();
        await PostAsync(admin, $"/api/data/projects/{project}/team", new JsonObject { ["person_id"] = id });
        return id;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task<JsonNode?> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonNode?> PostAsync(HttpClient client, string path, JsonNode body)
    {
        var response = await client.PostAsync(path, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(text) : throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
    }
}
