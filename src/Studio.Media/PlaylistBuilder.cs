using System.Globalization;
using Studio.Domain.Playlists;
using Studio.Domain.Previews;

namespace Studio.Media;

/// <summary>
/// Builds a playlist's movie from its previews' high-definition movies. The pipeline normalizes every movie of a
/// production the same way, so the concat demuxer joins them without re-encoding; when the movies differ (an
/// entity with its own resolution or frame rate) the concat filter re-encodes them to the first one's size.
/// </summary>
public sealed class PlaylistBuilder(PlaylistService playlists, PreviewStore store, Ffmpeg ffmpeg)
{
    public async Task BuildAsync(Guid buildJobId, bool full, Func<int, string, Task> report, CancellationToken cancellationToken)
    {
        var (_, previews) = await playlists.BuildInputsAsync(buildJobId, cancellationToken);
        var inputs = previews.Select(p => store.Find(PreviewStore.Previews, p, "mp4") ?? store.Find(PreviewStore.LowDef, p, "mp4")).OfType<string>().ToList();
        if (inputs.Count == 0)
        {
            await playlists.FinishBuildAsync(buildJobId, succeeded: false, cancellationToken);
            throw new MediaException("The playlist has no ready movie.");
        }

        var target = playlists.BuildPath(buildJobId);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.part.mp4";
        var list = temporary + ".txt";
        try
        {
            var infos = new List<MediaInfo>();
            foreach (var input in inputs)
            {
                infos.Add(await ffmpeg.ProbeAsync(input, cancellationToken));
            }

            var total = Math.Max(0.1, infos.Sum(i => i.Duration));
            var uniform = infos.All(i => i.Width == infos[0].Width && i.Height == infos[0].Height && Math.Abs(i.Fps - infos[0].Fps) < 0.01 && i.HasAudio);
            await report(5, "concat");
            if (uniform && !full)
            {
                await File.WriteAllLinesAsync(list, inputs.Select(i => $"file '{i.Replace("'", "'\\''", StringComparison.Ordinal)}'"), cancellationToken);
                await ffmpeg.RunAsync(["-f", "concat", "-safe", "0", "-i", list, "-c", "copy", "-movflags", "+faststart", temporary], s => report(5 + (int)(90 * Math.Min(1, s / total)), "concat"), cancellationToken);
            }
            else
            {
                var (width, height) = (infos[0].Width, infos[0].Height);
                var fps = infos[0].Fps.ToString("0.###", CultureInfo.InvariantCulture);
                var arguments = new List<string>();
                inputs.ForEach(i => arguments.AddRange(["-i", i]));
                var chains = string.Concat(inputs.Select((_, i) => $"[{i}:v]scale={width}:{height}:force_original_aspect_ratio=decrease,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps={fps}[v{i}];"));
                var audio = string.Concat(inputs.Select((_, i) => infos[i].HasAudio ? $"[{i}:a]aresample=48000[a{i}];" : $"anullsrc=r=48000:cl=stereo,atrim=duration={infos[i].Duration.ToString(CultureInfo.InvariantCulture)}[a{i}];"));
                var pairs = string.Concat(inputs.Select((_, i) => $"[v{i}][a{i}]"));
                arguments.AddRange(["-filter_complex", $"{chains}{audio}{pairs}concat=n={inputs.Count}:v=1:a=1[v][a]", "-map", "[v]", "-map", "[a]",
                    "-c:v", "libx264", "-preset", "superfast", "-crf", "18", "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart", temporary]);
                await ffmpeg.RunAsync(arguments, s => report(5 + (int)(90 * Math.Min(1, s / total)), "concat"), cancellationToken);
            }

            File.Move(temporary, target, overwrite: true);
            await playlists.FinishBuildAsync(buildJobId, succeeded: true, cancellationToken);
        }
        catch (MediaException)
        {
            await playlists.FinishBuildAsync(buildJobId, succeeded: false, cancellationToken);
            throw;
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(list);
        }
    }
}
