using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Studio.Domain.Persistence;
using Studio.Domain.Previews;

namespace Studio.Media;

/// <summary>
/// Turns an uploaded preview into the files a Kitsu client plays (docs/ describes them): for a movie the low-definition
/// movie first (announced as playable as soon as it exists), then the high-definition one, the thumbnails from the
/// first frame and the tile sprite; a movie kept as uploaded (<c>normalize=false</c>) only gets its pictures. A
/// picture left to the queue by its upload gets its variants here. Every file is written under a temporary name and
/// moved into place, so a job cut short leaves nothing half-written.
/// </summary>
public sealed class PreviewProcessor(IDbContextFactory<StudioDbContext> factory, PreviewStore store, Ffmpeg ffmpeg, VariantWriter writer, PictureMaker pictures, PreviewStates previews, IOptions<MediaOptions> options)
{
    private const int TileHeight = 100;
    private const int TileColumns = 8;
    private const int MaxTileRows = 480;

    /// <summary>Processes one preview; <paramref name="report"/> receives (percent, stage) as the work goes.</summary>
    public async Task ProcessAsync(Guid previewId, JsonNode? jobData, Action<int, string> report, CancellationToken cancellationToken)
    {
        var sourceExtension = jobData?["source_extension"]?.ToString() ?? throw new MediaException("The job has no source.");
        var normalize = jobData?["normalize"]?.GetValue<bool>() != false;
        var variant = jobData?["kind"]?.ToString() == "movie" && !normalize ? PreviewStore.Previews : PreviewStore.Source;
        var source = store.Find(variant, previewId, sourceExtension) ?? throw new MediaException("The uploaded file is missing.");
        if (jobData?["kind"]?.ToString() == "picture")
        {
            report(10, "pictures");
            var sourceSize = new FileInfo(source).Length; // before MakeAsync, which removes the source unless it is kept
            var picture = await pictures.MakeAsync(previewId, source, cancellationToken);
            await previews.MarkReadyAsync(previewId, picture.Width, picture.Height, 0, picture.FileSize, new SourceFacts(picture.Width, picture.Height, sourceSize), cancellationToken);
            return;
        }

        var info = await ffmpeg.ProbeAsync(source, cancellationToken);
        if (!info.HasVideo || info.Width <= 0 || info.Height <= 0)
        {
            throw new MediaException("The file holds no picture nor video stream.");
        }

        await MovieAsync(previewId, source, info, normalize, report, cancellationToken);
    }

    private async Task MovieAsync(Guid id, string source, MediaInfo info, bool normalize, Action<int, string> report, CancellationToken cancellationToken)
    {
        MovieTarget target;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            target = await MovieTarget.OfPreviewAsync(db, id, cancellationToken);
        }

        var (width, height) = target.SizeFor(info.Width, info.Height, info.SampleAspectRatio);
        var duration = Math.Max(info.Duration, 0.04);
        var lowWidth = 1280;
        var lowHeight = Even((int)Math.Floor((double)height / width * lowWidth));
        var movie = source;
        if (normalize)
        {
            // The low-definition movie first: a reviewer can play it while the high definition is encoded.
            await writer.WriteAsync(PreviewStore.LowDef, id, "mp4", path => EncodeArguments(source, info, target.FpsText, lowWidth, lowHeight, options.Value.LowDef, path),
                seconds => report(Percent(seconds, duration, 0, 40), "lowdef"), cancellationToken);
            await previews.MarkLowDefReadyAsync(id, cancellationToken);
            report(40, "highdef");
            await writer.WriteAsync(PreviewStore.Previews, id, "mp4", path => EncodeArguments(source, info, target.FpsText, width, height, options.Value.HighDef, path),
                seconds => report(Percent(seconds, duration, 40, 85), "highdef"), cancellationToken);
            movie = store.PathOf(PreviewStore.Previews, id, "mp4");
        }

        report(85, "pictures");
        // The first frame of the movie, full size, is the preview's original picture.
        await writer.WriteAsync(PreviewStore.Original, id, "png", path => ["-ss", "0", "-i", movie, "-frames:v", "1", "-update", "1", path], null, cancellationToken);
        var final = await ffmpeg.ProbeAsync(movie, cancellationToken);
        await pictures.VariantsAsync(id, store.PathOf(PreviewStore.Original, id, "png"), final.Width, final.Height, cancellationToken);

        report(90, "tiles");
        var scrub = normalize ? store.PathOf(PreviewStore.LowDef, id, "mp4") : movie;
        var frames = Math.Max(1, (await ffmpeg.ProbeAsync(scrub, cancellationToken)).FrameCount);
        var every = (int)Math.Ceiling(frames / (double)(TileColumns * MaxTileRows));
        var sampled = (int)Math.Ceiling(frames / (double)every);
        var rows = Math.Min((int)Math.Ceiling(sampled / (double)TileColumns), MaxTileRows);
        var select = every > 1 ? $"select='not(mod(n\\,{every}))'," : "";
        await writer.WriteAsync(PreviewStore.Tiles, id, "png", path => ["-i", scrub, "-vf", $"{select}scale=-2:{TileHeight},tile={TileColumns}x{rows}", "-frames:v", "1", "-fps_mode", "passthrough", path], null, cancellationToken);

        var sourceSize = new FileInfo(source).Length;
        await previews.MarkReadyAsync(id, final.Width, final.Height, Math.Round(final.Duration, 3), new FileInfo(movie).Length,
            new SourceFacts(info.Width, info.Height, sourceSize, info.Duration, target.FpsText, lowWidth, lowHeight), cancellationToken);
        if (normalize && !options.Value.KeepSource)
        {
            File.Delete(source);
        }
    }

    /// <summary>
    /// ZOU's normalization: anamorphic pixels undone, fit and letter-box to the target size, the
    /// target frame rate, H.264 yuv420p with fast start; the audio kept, or a silent track added, and made AAC
    /// 48 kHz stereo either way so that the movies of a playlist join without re-encoding.
    /// </summary>
    public static IEnumerable<string> EncodeArguments(string source, MediaInfo info, string fps, int width, int height, EncodingOptions encoding, string output)
    {
        var filter = $"scale=trunc(iw*sar/2)*2:ih,scale={width}:{height}:force_original_aspect_ratio=decrease:force_divisible_by=2,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,setsar=1";
        var arguments = new List<string> { "-i", source };
        if (!info.HasAudio)
        {
            arguments.AddRange(["-f", "lavfi", "-i", "anullsrc=channel_layout=stereo:sample_rate=48000"]);
        }

        arguments.AddRange(["-map", "0:v:0", "-map", info.HasAudio ? "0:a:0" : "1:a:0", "-vf", filter, "-r", fps]);
        arguments.AddRange(encoding.Arguments());
        arguments.AddRange(EncodingOptions.AudioArguments);
        if (info.Duration > 0)
        {
            // The silent track is endless: the movie ends with its picture.
            arguments.AddRange(["-t", info.Duration.ToString("0.###", CultureInfo.InvariantCulture)]);
        }

        arguments.AddRange(["-movflags", "+faststart", "-f", "mp4", output]);
        return arguments;
    }

    private static int Percent(double seconds, double duration, int from, int to) => from + (int)Math.Clamp((to - from) * seconds / duration, 0, to - from);

    private static int Even(int value) => Math.Max(2, value + (value % 2));
}
