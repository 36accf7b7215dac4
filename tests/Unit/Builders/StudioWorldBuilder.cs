using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Builders;

/// <summary>
/// Says what a <see cref="StudioWorld"/> holds, in the order it is made: people by role, productions and their teams,
/// the seeded rows a test refers to, breakdown, tasks, comments, previews. Every row gets a name the test reads its
/// id by. Nothing is made until the world starts; then each declaration is one or two calls of Zou's API as the
/// administrator, so the world is what a studio would have made through Kitsu.
/// </summary>
/// <remarks>
/// Bodies are anonymous objects; a string value <c>"{name}"</c> in a body or a path stands for the id of the row of
/// that name, already made (<c>new { episode_id = "{episode}" }</c>).
/// </remarks>
public sealed class StudioWorldBuilder
{
    private readonly List<Func<StudioWorld, Task>> steps = [];
    private readonly Dictionary<string, string> settings = [];

    internal IReadOnlyDictionary<string, string> Settings => settings;

    internal bool SignsIn { get; private set; } = true;

    /// <summary>A configuration value the server starts with (<c>Studio:UserLimit</c>…).</summary>
    public StudioWorldBuilder Setting(string key, string value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Leaves the database as seeded: not even the administrator signs in.</summary>
    public StudioWorldBuilder WithoutSignIn()
    {
        SignsIn = false;
        return this;
    }

    /// <summary>
    /// A person with a global role (<c>manager</c>, <c>supervisor</c>, <c>user</c> for an artist, <c>client</c>,
    /// <c>vendor</c>), signed in, in no production yet. Named "Test &lt;role&gt;" unless told otherwise.
    /// </summary>
    public StudioWorldBuilder Person(string name, string role, string firstName = "Test", string? lastName = null) => Then(async world =>
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.com";
        var password = "password-" + role;
        var person = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/persons",
            new { first_name = firstName, last_name = lastName ?? role, email, password, role });
        world.AddPerson(name, person.Id(), await world.Factory.LoginAsync(email, password), role);
    });

    /// <summary>An open production (Zou's default, a short) with the named people in its team.</summary>
    public StudioWorldBuilder Project(string name, params string[] team) => NewProject(name, null, team);

    /// <summary>An open TV show with the named people in its team; its episodes are declared with <see cref="Episode"/>.</summary>
    public StudioWorldBuilder TvShow(string name, params string[] team) => NewProject(name, "tvshow", team);

    /// <summary>Puts people in a production's team.</summary>
    public StudioWorldBuilder Members(string project, params string[] people) => Then(async world =>
    {
        foreach (var person in people)
        {
            await world.Admin.TeamAddAsync(world[project], world[person]);
        }
    });

    /// <summary>Looks up a seeded row of a <c>/data</c> collection by its name (<c>entity-types</c> "Character").</summary>
    public StudioWorldBuilder Seeded(string name, string collection, string rowName) =>
        Then(async world => world.Name(name, await world.Admin.IdOfAsync(collection, rowName)));

    /// <summary>Looks up a seeded asset type (Character, Prop, Environment, FX…).</summary>
    public StudioWorldBuilder AssetType(string name, string typeName) => Seeded(name, "entity-types", typeName);

    /// <summary>
    /// Looks up a seeded task type: the first of that name, or the first for that kind of entity
    /// (<c>Asset</c>, <c>Shot</c>…), or the first of that name for that kind.
    /// </summary>
    public StudioWorldBuilder TaskType(string name, string? typeName = null, string? forEntity = null) => Then(async world =>
    {
        var query = typeName is null ? "" : "?name=" + Uri.EscapeDataString(typeName);
        var types = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types" + query))!.AsArray();
        world.Name(name, types.First(t => (typeName is null || t!["name"]!.GetValue<string>() == typeName)
            && (forEntity is null || t!["for_entity"]!.GetValue<string>() == forEntity)).Id());
    });

    /// <summary>Names every task status <c>status:&lt;short name&gt;</c> (<c>status:wip</c>, <c>status:retake</c>…).</summary>
    public StudioWorldBuilder TaskStatuses() => Then(async world =>
    {
        foreach (var status in (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status"))!.AsArray())
        {
            world.Name("status:" + status!["short_name"]!.GetValue<string>(), status.Id());
        }
    });

    /// <summary>A new task status, named <c>status:&lt;name&gt;</c>, with the flags Zou's rules read.</summary>
    public StudioWorldBuilder TaskStatus(string name, string statusName, string shortName, bool artistAllowed = true, bool clientAllowed = false,
        bool isRetake = false, bool isDone = false, bool isFeedbackRequest = false)
    {
        var body = new JsonObject
        {
            ["name"] = statusName, ["short_name"] = shortName, ["color"] = "#00AA00",
            ["is_artist_allowed"] = artistAllowed, ["is_client_allowed"] = clientAllowed,
        };
        foreach (var (flag, on) in new[] { ("is_retake", isRetake), ("is_done", isDone), ("is_feedback_request", isFeedbackRequest) })
        {
            if (on)
            {
                body[flag] = true;
            }
        }

        return Row("status:" + name, "task-status", body);
    }

    public StudioWorldBuilder Episode(string name, string episodeName, string project = "project") =>
        Post(name, $"/data/projects/{{{project}}}/episodes", new { name = episodeName });

    public StudioWorldBuilder Sequence(string name, string sequenceName, string? episode = null, string project = "project") =>
        Post(name, $"/data/projects/{{{project}}}/sequences", episode is null ? new { name = sequenceName } : new { name = sequenceName, episode_id = Ref(episode) });

    /// <summary>A shot in a sequence; <paramref name="fields"/> adds to the body (frames, data…).</summary>
    public StudioWorldBuilder Shot(string name, string shotName, string sequence, object? fields = null, string project = "project") =>
        Post(name, $"/data/projects/{{{project}}}/shots", Merge(new { name = shotName, sequence_id = Ref(sequence) }, fields));

    /// <summary>An asset of a type the world named; <paramref name="fields"/> adds to the body (description, episode…).</summary>
    public StudioWorldBuilder Asset(string name, string assetType, string assetName, object? fields = null, string project = "project") =>
        Post(name, $"/data/projects/{{{project}}}/asset-types/{{{assetType}}}/assets/new", Merge(new { name = assetName }, fields));

    /// <summary>A task of an entity, assigned to the named people.</summary>
    public StudioWorldBuilder Task(string name, string entity, string taskType, params string[] assignees) =>
        Post(name, "/data/tasks", assignees.Length == 0
            ? new { entity_id = Ref(entity), task_type_id = Ref(taskType) }
            : new { entity_id = Ref(entity), task_type_id = Ref(taskType), assignees = assignees.Select(Ref).ToArray() });

    /// <summary>A comment a person posts on a task, moving it to the status of that short name.</summary>
    public StudioWorldBuilder Comment(string name, string task, string author, string status, string text = "") => Then(async world =>
    {
        var (code, body) = await world.CommentAsync(world.ClientOf(author), world[task], status, text);
        Assert.True(code == HttpStatusCode.Created, $"comment {name}: {(int)code} {body?.ToJsonString()}");
        world.Name(name, body.Id());
    });

    /// <summary>A preview revision added to a comment by the administrator (the row only; no file is uploaded).</summary>
    public StudioWorldBuilder Preview(string name, string task, string comment) =>
        Post(name, $"/actions/tasks/{Ref(task)}/comments/{Ref(comment)}/add-preview", new { });

    /// <summary>A row of a <c>/data</c> collection.</summary>
    public StudioWorldBuilder Row(string name, string collection, object body) => Post(name, $"/data/{collection}", body);

    /// <summary>Changes a named row of a <c>/data</c> collection (project settings, a person's departments…).</summary>
    public StudioWorldBuilder Update(string name, string collection, object changes) => Then(world =>
        world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/{collection}/{world[name]}", Fill(world, changes)));

    /// <summary>Any creation route the administrator calls, answering 201 with the new row, named.</summary>
    public StudioWorldBuilder Post(string name, string path, object body) => Then(async world =>
        world.Name(name, (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path(path), Fill(world, body))).Id()));

    /// <summary>Any update route the administrator calls, answering 200 (casting…).</summary>
    public StudioWorldBuilder Put(string path, object body) => Then(world =>
        world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, world.Path(path), Fill(world, body)));

    /// <summary>Anything else, in its turn.</summary>
    public StudioWorldBuilder Then(Func<StudioWorld, Task> step)
    {
        steps.Add(step);
        return this;
    }

    internal async Task RunAsync(StudioWorld world)
    {
        foreach (var step in steps)
        {
            await step(world);
        }
    }

    private StudioWorldBuilder NewProject(string name, string? productionType, string[] team) => Then(async world =>
    {
        var projectName = "Project " + Guid.NewGuid().ToString("N")[..8];
        object body = productionType is null ? new { name = projectName } : new { name = projectName, production_type = productionType };
        var project = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/projects", body)).Id();
        world.Name(name, project);
        foreach (var person in team)
        {
            await world.Admin.TeamAddAsync(project, world[person]);
        }
    });

    private static string Ref(string name) => "{" + name + "}";

    private static JsonObject Merge(object body, object? fields)
    {
        var merged = JsonSerializer.SerializeToNode(body)!.AsObject();
        if (fields is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(fields)!.AsObject())
            {
                merged[key] = value?.DeepClone();
            }
        }

        return merged;
    }

    /// <summary>The body with every <c>"{name}"</c> replaced by that row's id.</summary>
    private static JsonNode Fill(StudioWorld world, object body) =>
        JsonNode.Parse(world.Path(body is JsonNode node ? node.ToJsonString() : JsonSerializer.Serialize(body)))!;
}
