using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Studio.Domain.Previews;

namespace Studio.Media;

/// <summary>
/// The picture variants of a preview (Zou's <c>generate_preview_variants</c>): the full-size PNG original, the
/// 1200-wide preview and the two thumbnails, made by ffmpeg. Upload requests and set-main-preview run it directly,
/// at most <see cref="MediaOptions.PictureConcurrency"/> at once and each within
/// <see cref="MediaOptions.PictureTimeoutSeconds"/> (jellyfin bounds its image work the same way); the queue runs it
/// for the uploads that could not.
/// </summary>
public sealed partial class PictureMaker(PreviewStore store, Ffmpeg ffmpeg, VariantWriter writer, IOptions<MediaOptions> options, ILogger<PictureMaker> logger)
    : IPreviewPictures, IDisposable
{
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.PictureConcurrency));

    /// <summary>The slot wait and the work are each bounded by the picture timeout.</summary>
    public TimeSpan UploadBound => TimeSpan.FromSeconds(2 * options.Value.PictureTimeoutSeconds);

    public async Task<PictureOutcome?> FromUploadAsync(Guid previewId, string source, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.PictureTimeoutSeconds);
        if (!await slots.WaitAsync(timeout, cancellationToken))
        {
            LogQueued(logger, previewId, "every picture slot stayed busy");
            return null;
        }

        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            return await MakeAsync(previewId, source, limit.Token);
        }
        catch (MediaException e)
        {
            return new PictureOutcome(0, 0, 0, e.Message);
        }
        catch (Exception e) when (e is MediaEnvironmentException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogQueued(logger, previewId, e.Message);
            return null;
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Makes every picture of an uploaded picture; a file that is not a picture is a <see cref="MediaException"/>.</summary>
    public async Task<PictureOutcome> MakeAsync(Guid id, string source, CancellationToken cancellationToken)
    {
        var info = await ffmpeg.ProbeAsync(source, cancellationToken);
        if (!info.HasVideo || info.Width <= 0 || info.Height <= 0)
        {
            throw new MediaException("The file holds no picture.");
        }

        await writer.WriteAsync(PreviewStore.Original, id, "png", path => ["-i", source, "-frames:v", "1", "-vf", "format=rgba", path], null, cancellationToken);
        var original = store.PathOf(PreviewStore.Original, id, "png");
        await VariantsAsync(id, original, info.Width, info.Height, cancellationToken);
        if (!options.Value.KeepSource)
        {
            File.Delete(source);
        }

        return new PictureOutcome(info.Width, info.Height, new FileInfo(original).Length, null);
    }

    public async Task<bool> FromFrameAsync(Guid previewId, string movie, double seconds, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            var time = seconds.ToString("0.000", CultureInfo.InvariantCulture);
            try
            {
                await writer.WriteAsync(PreviewStore.Original, previewId, "png", path => ["-ss", time, "-i", movie, "-frames:v", "1", "-update", "1", path], null, cancellationToken);
            }
            catch (MediaException)
            {
                return false;
            }

            var original = store.PathOf(PreviewStore.Original, previewId, "png");
            var info = await ffmpeg.ProbeAsync(original, cancellationToken);
            await VariantsAsync(previewId, original, info.Width, info.Height, cancellationToken);
            return true;
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>
    /// ZOU: the thumbnail (150×100) and the square one (100×100), fitted and letter-boxed on transparency, and the
    /// preview, 1200 wide and ceil(1200 × height / width) high (675 for 16:9), enlarged when the picture is smaller.
    /// </summary>
    public async Task VariantsAsync(Guid id, string picture, int width, int height, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(PreviewStore.Thumbnails, id, "png", path => ["-i", picture, "-frames:v", "1", "-vf", Box(150, 100), path], null, cancellationToken);
        await writer.WriteAsync(PreviewStore.ThumbnailsSquare, id, "png", path => ["-i", picture, "-frames:v", "1", "-vf", Box(100, 100), path], null, cancellationToken);
        var previewHeight = (int)Math.Ceiling(1200.0 * height / Math.Max(1, width));
        await writer.WriteAsync(PreviewStore.Previews, id, "png", path => ["-i", picture, "-frames:v", "1", "-vf", Box(1200, previewHeight), path], null, cancellationToken);
    }

    public void Dispose() => slots.Dispose();

    private static string Box(int width, int height) =>
        $"format=rgba,scale={width}:{height}:force_original_aspect_ratio=decrease:flags=lanczos,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2:color=0x00000000";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Picture {PreviewId} left to the media queue: {Reason}")]
    private static partial void LogQueued(ILogger logger, Guid previewId, string reason);
}
