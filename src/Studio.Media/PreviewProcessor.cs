using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Studio.Domain.Breakdown;
using Studio.Domain.Persistence;
using Studio.Domain.Previews;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Media;

/// <summary>
/// Turns an uploaded preview into the files a Kitsu client plays (§5.2, media.md): for a movie the low-definition
/// movie first (served as soon as it exists), then the high-definition one, the thumbnails from the first frame
/// and the tile sprite; for a picture the PNG original, the 1200-wide preview and the thumbnails. Every file is
/// written under a temporary name and moved into place, so a job cut short leaves nothing half-written.
/// </summary>
public sealed class PreviewProcessor(IDbContextFactory<StudioDbContext> factory, PreviewStore store, Ffmpeg ffmpeg, PreviewService previews, IOptions<MediaOptions> options)
{
    private const int TileHeight = 100;
    private const int TileColumns = 8;
    private const int MaxTileRows = 480;

    /// <summary>Processes one preview; <paramref name="report"/> receives (percent, stage) as the work goes.</summary>
    public async Task ProcessAsync(Guid previewId, JsonNode? jobData, Func<int, string, Task> report, CancellationToken cancellationToken)
    {
        var sourceExtension = jobData?["source_extension"]?.ToString() ?? throw new MediaException("The job has no source.");
        var source = store.Find(PreviewStore.Source, previewId, sourceExtension) ?? throw new MediaException("The uploaded file is missing.");
        var info = await ffmpeg.ProbeAsync(source, cancellationToken);
        if (!info.HasVideo || info.Width <= 0 || info.Height <= 0)
        {
            throw new MediaException("The file holds no picture nor video stream.");
        }

        if (jobData?["kind"]?.ToString() == "picture")
        {
            await PictureAsync(previewId, source, info, report, cancellationToken);
            return;
        }

        await MovieAsync(previewId, source, info, report, cancellationToken);
    }

    private async Task PictureAsync(Guid id, string source, MediaInfo info, Func<int, string, Task> report, CancellationToken cancellationToken)
    {
        await report(10, "pictures");
        await WriteAsync(PreviewStore.Original, id, "png", path => ["-i", source, "-frames:v", "1", "-vf", "format=rgba", path], null, cancellationToken);
        await PictureVariantsAsync(id, store.PathOf(PreviewStore.Original, id, "png"), info.Width, cancellationToken);
        var size = new FileInfo(store.PathOf(PreviewStore.Original, id, "png")).Length;
        await previews.MarkReadyAsync(id, info.Width, info.Height, 0, size, new JsonObject
        {
            ["original_width"] = info.Width, ["original_height"] = info.Height, ["original_file_size"] = new FileInfo(source).Length,
        }, cancellationToken);
    }

    private async Task MovieAsync(Guid id, string source, MediaInfo info, Func<int, string, Task> report, CancellationToken cancellationToken)
    {
        var (fps, width, height) = await TargetAsync(id, info, cancellationToken);
        var duration = Math.Max(info.Duration, 0.04);
        var fpsText = fps.ToString("0.000", CultureInfo.InvariantCulture);

        // The low-definition movie first: a reviewer can play it while the high definition is encoded.
        var lowWidth = 1280;
        var lowHeight = Even((int)Math.Floor((double)height / width * lowWidth));
        await WriteAsync(PreviewStore.LowDef, id, "mp4", path => EncodeArguments(source, info, fpsText, lowWidth, lowHeight, options.Value.LowDef, path),
            seconds => report(Percent(seconds, duration, 0, 40), "lowdef"), cancellationToken);
        await WriteAsync(PreviewStore.Previews, id, "mp4", path => EncodeArguments(source, info, fpsText, width, height, options.Value.HighDef, path),
            seconds => report(Percent(seconds, duration, 40, 85), "highdef"), cancellationToken);

        await report(85, "pictures");
        var lowdef = store.PathOf(PreviewStore.LowDef, id, "mp4");
        // The first frame of the high definition, full size, is the preview's original picture.
        await WriteAsync(PreviewStore.Original, id, "png", path => ["-ss", "0", "-i", store.PathOf(PreviewStore.Previews, id, "mp4"), "-frames:v", "1", "-update", "1", path], null, cancellationToken);
        await PictureVariantsAsync(id, store.PathOf(PreviewStore.Original, id, "png"), width, cancellationToken);

        await report(90, "tiles");
        var normalized = await ffmpeg.ProbeAsync(lowdef, cancellationToken);
        var frames = Math.Max(1, normalized.FrameCount);
        var every = (int)Math.Ceiling(frames / (double)(TileColumns * MaxTileRows));
        var sampled = (int)Math.Ceiling(frames / (double)every);
        var rows = Math.Min((int)Math.Ceiling(sampled / (double)TileColumns), MaxTileRows);
        var select = every > 1 ? $"select='not(mod(n\\,{every}))'," : "";
        await WriteAsync(PreviewStore.Tiles, id, "png", path => ["-i", lowdef, "-vf", $"{select}scale=-2:{TileHeight},tile={TileColumns}x{rows}", "-frames:v", "1", "-fps_mode", "passthrough", path], null, cancellationToken);

        var high = store.PathOf(PreviewStore.Previews, id, "mp4");
        var final = await ffmpeg.ProbeAsync(high, cancellationToken);
        await previews.MarkReadyAsync(id, final.Width, final.Height, Math.Round(final.Duration, 3), new FileInfo(high).Length, new JsonObject
        {
            ["original_width"] = info.Width, ["original_height"] = info.Height, ["original_duration"] = info.Duration,
            ["original_file_size"] = new FileInfo(source).Length, ["fps"] = fpsText, ["lowdef_width"] = lowWidth, ["lowdef_height"] = lowHeight,
        }, cancellationToken);
    }

    /// <summary>ZOU: the thumbnail (150×100), the square one (100×100), letter-boxed on transparency, and the 1200-wide preview.</summary>
    private async Task PictureVariantsAsync(Guid id, string picture, int width, CancellationToken cancellationToken)
    {
        await WriteAsync(PreviewStore.Thumbnails, id, "png", path => ["-i", picture, "-frames:v", "1", "-vf", Box(150, 100), path], null, cancellationToken);
        await WriteAsync(PreviewStore.ThumbnailsSquare, id, "png", path => ["-i", picture, "-frames:v", "1", "-vf", Box(100, 100), path], null, cancellationToken);
        if (width > 0)
        {
            await WriteAsync(PreviewStore.Previews, id, "png", path => ["-i", picture, "-frames:v", "1", "-vf", "scale=1200:-2:flags=lanczos,format=rgba", path], null, cancellationToken);
        }
    }

    private static string Box(int width, int height) =>
        $"format=rgba,scale={width}:{height}:force_original_aspect_ratio=decrease:flags=lanczos,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2:color=0x00000000";

    /// <summary>
    /// ZOU's normalization (media.md 2.1): anamorphic pixels undone, fit and letter-box to the target size, the
    /// target frame rate, H.264 yuv420p with fast start, audio kept or a silent track added.
    /// </summary>
    private static IEnumerable<string> EncodeArguments(string source, MediaInfo info, string fps, int width, int height, EncodingOptions encoding, string output)
    {
        var filter = $"scale=trunc(iw*sar/2)*2:ih,scale={width}:{height}:force_original_aspect_ratio=decrease:force_divisible_by=2,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,setsar=1";
        var arguments = new List<string> { "-i", source };
        if (!info.HasAudio)
        {
            arguments.AddRange(["-f", "lavfi", "-i", "anullsrc=channel_layout=stereo:sample_rate=48000"]);
        }

        arguments.AddRange(["-map", "0:v:0", "-map", info.HasAudio ? "0:a:0" : "1:a:0", "-vf", filter, "-r", fps]);
        arguments.AddRange(encoding.Arguments());
        arguments.AddRange(["-c:a", "aac", "-b:a", "160k", "-t", info.Duration.ToString("0.###", CultureInfo.InvariantCulture), "-movflags", "+faststart", "-f", "mp4", output]);
        return arguments;
    }

    /// <summary>The frame rate and size of the production (or of the entity, which overrides them).</summary>
    private async Task<(double Fps, int Width, int Height)> TargetAsync(Guid id, MediaInfo info, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<PreviewFile>().AsNoTracking().Where(p => p.Id == id)
            .Join(db.Set<ProductionTask>(), p => p.TaskId, t => t.Id, (p, t) => t)
            .Select(t => new
            {
                Entity = db.Set<Entity>().Where(e => e.Id == t.EntityId).Select(e => e.Data).FirstOrDefault(),
                Project = db.Set<Project>().Where(p => p.Id == t.ProjectId).Select(p => new { p.Fps, p.Resolution }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var fpsText = row?.Entity?["fps"]?.ToString() ?? row?.Project?.Fps;
        var fps = double.TryParse(fpsText?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 25;
        var resolution = row?.Entity?["resolution"]?.ToString() ?? row?.Project?.Resolution;
        var (width, height) = (0, 1080);
        if (!string.IsNullOrEmpty(resolution))
        {
            var parts = resolution.ToLowerInvariant().Split('x');
            if (parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var h) && h > 0)
            {
                height = h;
                width = int.TryParse(parts[0], CultureInfo.InvariantCulture, out var w) && w > 0 ? w : 0;
            }
        }

        if (width == 0)
        {
            var aspect = info.Width * info.SampleAspectRatio / info.Height;
            width = (int)Math.Ceiling(height * aspect);
        }

        return (fps, Even(width), Even(height));
    }

    /// <summary>Runs ffmpeg into a temporary file of a variant, then moves it into place.</summary>
    private async Task WriteAsync(string variant, Guid id, string extension, Func<string, IEnumerable<string>> arguments, Func<double, Task>? progress, CancellationToken cancellationToken)
    {
        var temporary = store.Temporary(variant, id, extension);
        try
        {
            var last = 0.0;
            await ffmpeg.RunAsync(arguments(temporary), progress is null ? null : seconds =>
            {
                if (seconds - last >= 0.5)
                {
                    last = seconds;
                    _ = progress(seconds);
                }
            }, cancellationToken);
            PreviewStore.Commit(temporary, store.PathOf(variant, id, extension));
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static int Percent(double seconds, double duration, int from, int to) => from + (int)Math.Clamp((to - from) * seconds / duration, 0, to - from);

    private static int Even(int value) => Math.Max(2, value + (value % 2));
}
