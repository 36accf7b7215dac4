using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Media;
using Studio.Domain.Persistence;
using Studio.Domain.Previews;
using static Studio.Tests.Unit.Media.MediaFiles;

namespace Studio.Tests.Unit.Media;

/// <summary>
/// Uploads read as a stream (refusals before the body, the size limit while streaming), files kept as uploaded and
/// their routes (HEAD included), the source of a converted upload, and what add-preview answers.
/// </summary>
[Collection(MediaCollection.Name)]
public sealed partial class PreviewUploadTests(MediaWorld world)
{
    [Fact]
    public async Task AddPreview_AnswersLikeZou_NameAndMp4Extension()
    {
        var preview = await NewPreviewAsync(world, world.Artist);

        var row = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files/{preview}");

        // ZOU: as Zou answers add-preview: a 13-character name ("f66572a2-4878"), and "mp4" before any file.
        Assert.Matches(ZouName(), row!["name"]!.GetValue<string>());
        Assert.Equal("mp4", row["extension"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_RefusesBeforeReadingTheBody_ACallerWhoMayNotAct_AndAWrongExtension()
    {
        var preview = await NewPreviewAsync(world, world.Artist);
        var other = await NewPreviewAsync(world, world.Artist);
        var uploads = world.Factory.Services.GetRequiredService<PreviewUploadService>();
        var opened = false;

        // The endpoint hands the service a reader of the multipart body: it is not called for a caller who may not
        // act, and the file's content is not read for a wrong extension.
        var forbidden = await Assert.ThrowsAsync<PermissionDeniedException>(() => uploads.UploadAsync(new Actor(Guid.Parse(world["artist2"]), "user"), Guid.Parse(preview),
            _ => { opened = true; return Task.FromResult<UploadedFile?>(null); }, true, long.MaxValue, CancellationToken.None));
        var wrong = await Assert.ThrowsAsync<WrongParameterException>(() => uploads.UploadAsync(new Actor(Guid.Parse(world["artist"]), "user"), Guid.Parse(other),
            _ => Task.FromResult<UploadedFile?>(new UploadedFile("notes.xyz", new UnreadableStream())), true, long.MaxValue, CancellationToken.None));

        Assert.NotNull(forbidden);
        Assert.False(opened);
        Assert.Equal("Wrong file format, extension: xyz", wrong.Message);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Admin.GetAsync($"/data/preview-files/{other}")).Status);
    }

    [Fact]
    public async Task PictureUpload_AbandonedAfterItsRowIsSaved_IsFinishedByTheQueue()
    {
        var source = await MakeAsync(world.Factory, "abandoned.png", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=1:duration=1", "-frames:v", "1");
        var preview = await NewPreviewAsync(world, world.Artist);
        await AbandonPictureUploadAsync(world.Factory, new Actor(Guid.Parse(world["artist"]), "user"), preview, source);
        var ready = await WaitAsync(world.Artist, preview);
        var job = await world.SettledJobOfAsync(preview);

        // The queue's worker may take the job at once: what matters is that the queue had it and finished it.
        Assert.Equal(MediaJob.Done, job.State);
        Assert.Equal(("ready", 320, 180), (ready["status"]!.GetValue<string>(), ready["width"]!.GetValue<int>(), ready["height"]!.GetValue<int>()));
    }

    [Fact]
    public async Task PictureUpload_FinishedInTheRequest_LeavesNoJob()
    {
        var source = await MakeAsync(world.Factory, "finished.png", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=1:duration=1", "-frames:v", "1");
        var preview = await NewPreviewAsync(world, world.Artist);

        var uploaded = await UploadAsync(world.Artist, preview, source);
        await using var db = await world.Factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>().CreateDbContextAsync();

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.False(await db.Set<MediaJob>().AnyAsync(j => j.PreviewFileId == Guid.Parse(preview)));
    }

    [Fact]
    public async Task Upload_OverTheLimit_Is413_AndLeavesThePreviewUploadable()
    {
        var big = Path.Combine(world.Factory.DataDirectory, "sources", "big.mp4");
        Directory.CreateDirectory(Path.GetDirectoryName(big)!);
        await File.WriteAllBytesAsync(big, new byte[MediaWorld.UploadLimit + 4096]);
        var preview = await NewPreviewAsync(world, world.Artist);

        var response = await UploadAsync(world.Artist, preview, big);
        var row = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files/{preview}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(row!["original_name"]);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(world.Factory.DataDirectory, "previews"), Guid.Parse(preview).ToString("N") + "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task MovieKeptAsUploaded_IsServedByTheMovieRoutes_GetAndHead()
    {
        var source = await MakeAsync(world.Factory, "kept.mov", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        var preview = await NewPreviewAsync(world, world.Artist);

        var uploaded = await UploadAsync(world.Artist, preview, source, normalize: false);
        var ready = await WaitAsync(world.Admin, preview);
        var original = await world.Artist.Http.GetAsync($"/api/movies/originals/preview-files/{preview}.mp4");
        var low = await world.Artist.Http.GetAsync($"/api/movies/low/preview-files/{preview}.mp4");
        var sourceMovie = await world.Artist.Http.GetAsync($"/api/movies/source/preview-files/{preview}.mp4");
        using var head = new HttpRequestMessage(HttpMethod.Head, $"/api/movies/originals/preview-files/{preview}.mp4");
        var headed = await world.Artist.Http.SendAsync(head);

        var bytes = await File.ReadAllBytesAsync(source);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal(("ready", "mp4", 320, 180), (ready["status"]!.GetValue<string>(), ready["extension"]!.GetValue<string>(), ready["width"]!.GetValue<int>(), ready["height"]!.GetValue<int>()));
        Assert.Equal(bytes, await original.Content.ReadAsByteArrayAsync());
        Assert.Equal(bytes, await low.Content.ReadAsByteArrayAsync());
        Assert.Equal(bytes, await sourceMovie.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, headed.StatusCode);
        Assert.Equal(bytes.Length, headed.Content.Headers.ContentLength);
        Assert.Empty(await headed.Content.ReadAsByteArrayAsync());
        Assert.Equal((150, 100), (await ProbeUrlAsync(world.Factory, world.Artist, $"/pictures/thumbnails/preview-files/{preview}.png")).Size);
    }

    [Fact]
    public async Task ConvertedMov_KeepsItsUpload_ServedAsTheSource()
    {
        var source = await MakeAsync(world.Factory, "take.mov", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        var preview = await NewPreviewAsync(world, world.Artist);

        await UploadAsync(world.Artist, preview, source);
        var ready = await WaitAsync(world.Admin, preview);
        var kept = await world.Artist.Http.GetAsync($"/api/movies/source/preview-files/{preview}.mp4");

        Assert.Equal("ready", ready["status"]!.GetValue<string>());
        Assert.Equal("mov", (await world.PipelineOfAsync(preview))!.SourceExtension);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(source), await kept.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task OtherFiles_AreServedUnderTheirExtension_AndForcedDeletionRemovesFiles()
    {
        var pdf = Path.Combine(world.Factory.DataDirectory, "sources", "brief.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        await File.WriteAllTextAsync(pdf, "%PDF-1.4 brief");
        var picture = await MakeAsync(world.Factory, "still.png", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=1:duration=1", "-frames:v", "1");
        var document = await NewPreviewAsync(world, world.Artist);
        var still = await NewPreviewAsync(world, world.Artist);
        await UploadAsync(world.Artist, document, pdf);
        await UploadAsync(world.Artist, still, picture);
        var store = world.Factory.Services.GetRequiredService<PreviewStore>();
        var thumbnail = store.PathOf(PreviewStore.Thumbnails, Guid.Parse(still), "png");
        var existed = File.Exists(thumbnail);

        var served = await world.Artist.Http.GetAsync($"/api/pictures/originals/preview-files/{document}.pdf");
        var deleted = await world.Manager.DeleteAsync($"/data/preview-files/{still}?force=true");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-1.4 brief", await served.Content.ReadAsStringAsync());
        Assert.True(existed);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.False(File.Exists(thumbnail));
        Assert.Empty(Directory.EnumerateFiles(store.Root, Guid.Parse(still).ToString("N") + ".*", SearchOption.AllDirectories));
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}$")]
    private static partial Regex ZouName();

    /// <summary>A body that fails the test if anything reads it.</summary>
    private sealed class UnreadableStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The body was read.");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new InvalidOperationException("The body was read.");
    }
}
