using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Studio.Domain.Previews;

namespace Studio.Tests.Unit.Architecture;

/// <summary>
/// An installation whose pipeline kept its bookkeeping in the previews' <c>data</c> gets it moved to the pipeline's own
/// table: <c>data</c> keeps every key a client wrote, and is null when nothing else was in it. Runs on PostgreSQL too
/// when <c>STUDIO_TEST_POSTGRES</c> is set.
/// </summary>
public sealed class PreviewPipelineMigrationTests
{
    private const string Before = "PersonPreferences";

    private static readonly Guid Movie = Guid.NewGuid();
    private static readonly Guid Picture = Guid.NewGuid();
    private static readonly Guid Broken = Guid.NewGuid();
    private static readonly Guid ClientError = Guid.NewGuid();
    private static readonly Guid Empty = Guid.NewGuid();
    private static readonly Guid NoData = Guid.NewGuid();
    private static readonly Guid List = Guid.NewGuid();

    [Fact]
    public async Task OldData_PipelineKeysMove_ClientKeysStay()
    {
        await using var database = await MigrationDatabase.CreateAsync();
        await SeedOldAsync(database);

        await using var db = database.Context();
        await db.GetService<IMigrator>().MigrateAsync();
        var data = await db.Set<PreviewFile>().AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Data);
        var rows = await db.Set<PreviewPipeline>().AsNoTracking().ToDictionaryAsync(r => r.PreviewFileId);

        Assert.Null(data[Movie]);
        var movie = rows[Movie];
        Assert.Equal(("mov", true, 320, 240, 2.5, 12345L), (movie.SourceExtension, movie.LowDefinitionReady, movie.OriginalWidth, movie.OriginalHeight, movie.OriginalDuration, movie.OriginalFileSize));
        Assert.Equal(("25.000", 1280, 960, (string?)null), (movie.Fps, movie.LowDefinitionWidth, movie.LowDefinitionHeight, movie.BrokenReason));
        Same("""{"shot_note": "keep me"}""", data[Picture]);
        Assert.Equal(("png", false, 64, 48, (double?)null, 900L, (string?)null), (rows[Picture].SourceExtension, rows[Picture].LowDefinitionReady,
            rows[Picture].OriginalWidth, rows[Picture].OriginalHeight, rows[Picture].OriginalDuration, rows[Picture].OriginalFileSize, rows[Picture].Fps));
        Same("""{"fps": 24}""", data[Broken]);
        Assert.Equal(("mp4", "the file could not be read", (string?)null), (rows[Broken].SourceExtension, rows[Broken].BrokenReason, rows[Broken].Fps));
        Same("""{"error": "a client's note"}""", data[ClientError]);
        Same("{}", data[Empty]);
        Assert.Null(data[NoData]);
        Same("""["source_extension"]""", data[List]);
        Assert.Equal(new[] { Broken, Movie, Picture }.Order(), rows.Keys.Order());
    }

    [Fact]
    public async Task Down_PutsThePipelineKeysBack()
    {
        await using var database = await MigrationDatabase.CreateAsync();
        await SeedOldAsync(database);
        await using (var db = database.Context())
        {
            await db.GetService<IMigrator>().MigrateAsync();
        }

        await using var back = database.Context();
        await back.GetService<IMigrator>().MigrateAsync(Before);
        var data = await back.Set<PreviewFile>().AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Data);

        Assert.True(JsonNode.DeepEquals(Old(Movie).Data, data[Movie]), data[Movie]?.ToJsonString());
        Assert.True(JsonNode.DeepEquals(Old(Picture).Data, data[Picture]), data[Picture]?.ToJsonString());
        Assert.Equal("mp4", data[Broken]!["source_extension"]!.GetValue<string>());
        Assert.Equal("the file could not be read", data[Broken]!["error"]!.GetValue<string>());
        Same("""{"error": "a client's note"}""", data[ClientError]);
    }

    /// <summary>Compares JSON by value: PostgreSQL's jsonb neither keeps the keys' order nor the text's escapes.</summary>
    private static void Same(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual?.ToJsonString() ?? "null");

    /// <summary>The database as the migration before this one left it, with previews as the old pipeline wrote them.</summary>
    private static async Task SeedOldAsync(MigrationDatabase database)
    {
        await using var db = database.Context();
        await db.GetService<IMigrator>().MigrateAsync(Before);
        db.AddRange(Old(Movie), Old(Picture), Old(Broken), Old(ClientError), Old(Empty), Old(NoData), Old(List));
        await db.SaveChangesAsync();
    }

    private static PreviewFile Old(Guid id)
    {
        var (status, data) = id switch
        {
            _ when id == Movie => ("ready", """
                {"source_extension": "mov", "lowdef_ready": true, "original_width": 320, "original_height": 240, "original_duration": 2.5,
                 "original_file_size": 12345, "fps": "25.000", "lowdef_width": 1280, "lowdef_height": 960}
                """),
            _ when id == Picture => ("ready", """{"shot_note": "keep me", "source_extension": "png", "original_width": 64, "original_height": 48, "original_file_size": 900}"""),
            // A client's fps without the pipeline's low definition beside it is the client's; the pipeline broke the preview.
            _ when id == Broken => ("broken", """{"source_extension": "mp4", "error": "the file could not be read", "fps": 24}"""),
            // On a preview the pipeline did not break, an error key is a client's.
            _ when id == ClientError => ("ready", """{"error": "a client's note"}"""),
            _ when id == Empty => ("processing", "{}"),
            _ when id == List => ("processing", """["source_extension"]"""),
            _ => ("processing", null),
        };
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return new PreviewFile { Id = id, Status = status, Data = data is null ? null : JsonNode.Parse(data), CreatedAt = created, UpdatedAt = created };
    }
}
