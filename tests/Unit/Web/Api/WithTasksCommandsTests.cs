using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The <c>with-tasks</c> lists run as many SQL commands for a big production as for a small one.</summary>
public sealed class WithTasksCommandsTests(BreakdownFixture world) : IClassFixture<BreakdownFixture>
{
    [Theory]
    [InlineData("shots")]
    [InlineData("assets")]
    public async Task WithTasks_RunsAFixedNumberOfCommands_WhateverTheProductionsSize(string plural)
    {
        var path = world.Path($"/data/{plural}/with-tasks?project_id={{project}}");
        var small = await CommandsAsync(path);

        await GrowAsync(plural);
        var big = await CommandsAsync(path);

        Assert.InRange(small.Commands, 5, 20);
        Assert.Equal(small.Commands, big.Commands);
        Assert.True(big.Rows > small.Rows + 5, $"{small.Rows} then {big.Rows} rows");
    }

    /// <summary>Six more entities of the kind, each with a task assigned to two people, and a cast asset.</summary>
    private async Task GrowAsync(string plural)
    {
        var project = world["project"];
        var sequence = plural == "shots"
            ? (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/sequences", new { name = "SQ" + Guid.NewGuid().ToString("N")[..6], episode_id = world["episode"] })).Id()
            : null;
        for (var i = 0; i < 6; i++)
        {
            var name = "Grown " + Guid.NewGuid().ToString("N")[..6];
            var entity = sequence is null
                ? (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/projects/{project}/asset-types/{prop}/assets/new"), new { name, episode_id = world["episode"] })).Id()
                : (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/shots", new { name, sequence_id = sequence })).Id();
            await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
                new { entity_id = entity, task_type_id = world[plural == "shots" ? "shot_task_type" : "asset_task_type"], assignees = new[] { world["artist"], world["manager"] } });
            await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{project}/entities/{(sequence is null ? world["shot2"] : entity)}/casting",
                new object[] { new { asset_id = sequence is null ? entity : world["hero"], nb_occurences = 1 } });
        }
    }

    /// <summary>The SQL commands this server's database ran for one request (the media queue's polling left out), and the rows listed.</summary>
    private async Task<(int Commands, int Rows)> CommandsAsync(string path)
    {
        using var counter = new Counter(world.Factory);
        var rows = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
        return (counter.Count, rows!.AsArray().Count);
    }

    private sealed class Counter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly StudioApiFactory factory;
        private readonly IDisposable subscription;
        private readonly List<IDisposable> listeners = [];
        private int count;

        public Counter(StudioApiFactory factory)
        {
            this.factory = factory;
            subscription = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (listeners)
                {
                    listeners.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
                && !data.Command.CommandText.Contains("media_job", StringComparison.Ordinal)
                && factory.Owns(data.Command.Connection))
            {
                Interlocked.Increment(ref count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            subscription.Dispose();
            lock (listeners)
            {
                listeners.ForEach(l => l.Dispose());
            }
        }
    }
}
