using Studio.Domain.Previews;

namespace Studio.Media;

/// <summary>
/// Writes one file of a preview with ffmpeg: into a temporary name of its own (a new one per write, so a retried job
/// never shares a file with an ffmpeg its dead worker left running), moved into place only once ffmpeg exited 0 and
/// wrote something.
/// </summary>
public sealed class VariantWriter(PreviewStore store, Ffmpeg ffmpeg)
{
    /// <summary>Runs ffmpeg with the arguments made for the temporary path; <paramref name="progress"/> gets seconds written, at most twice a second.</summary>
    public async Task WriteAsync(string variant, Guid id, string extension, Func<string, IEnumerable<string>> arguments, Action<double>? progress, CancellationToken cancellationToken)
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
                    progress(seconds);
                }
            }, cancellationToken);
            if (!File.Exists(temporary) || new FileInfo(temporary).Length == 0)
            {
                throw new MediaException($"ffmpeg wrote no {variant} file.");
            }

            PreviewStore.Commit(temporary, store.PathOf(variant, id, extension));
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
