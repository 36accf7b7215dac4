using Microsoft.Extensions.Options;
using Studio.Domain.Playlists;
using Studio.Domain.Previews;

namespace Studio.Media;

/// <summary>
/// Builds a playlist's movie from its previews' movies. The pipeline normalizes every movie of a production the same
/// way (video and audio), so the concat demuxer joins them without re-encoding; when any stream differs (an entity
/// with its own resolution or rate, a movie kept as uploaded, audio of another format) the concat filter re-encodes
/// them at the production's size and frame rate, as Zou's fallback does. Failures are left to the
/// worker, which ends the build <c>failed</c> once no attempt is left.
/// </summary>
public sealed class PlaylistBuilder(PlaylistService playlists, PreviewStore store, Ffmpeg ffmpeg, IOptions<MediaOptions> options)
{
    public async Task BuildAsync(Guid buildJobId, bool full, Action<int, string> report, CancellationToken cancellationToken)
    {
        var (target, previews) = await playlists.BuildInputsAsync(buildJobId, cancellationToken);
        var inputs = previews.Select(store.FindMovie).OfType<string>().ToList();
        if (inputs.Count == 0)
        {
            throw new MediaException("The playlist has no ready movie.");
        }

        var output = playlists.BuildPath(buildJobId);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var temporary = $"{output}.{Guid.NewGuid():N}.part.mp4";
        var list = temporary + ".txt";
        try
        {
            var infos = new List<MediaInfo>();
            foreach (var input in inputs)
            {
                infos.Add(await ffmpeg.ProbeAsync(input, cancellationToken));
            }

            var total = Math.Max(0.1, infos.Sum(i => i.Duration));
            Action<double> progress = s => report(5 + (int)(90 * Math.Min(1, s / total)), "concat");
            report(5, "concat");
            if (!full && Joinable(infos))
            {
                await File.WriteAllLinesAsync(list, inputs.Select(i => $"file '{i.Replace("'", "'\\''", StringComparison.Ordinal)}'"), cancellationToken);
                await ffmpeg.RunAsync(["-f", "concat", "-safe", "0", "-i", list, "-c", "copy", "-movflags", "+faststart", temporary], progress, cancellationToken);
            }
            else
            {
                var (width, height) = target.SizeFor(infos[0].Width, infos[0].Height, infos[0].SampleAspectRatio);
                await ffmpeg.RunAsync(ConcatFilterArguments(inputs, infos, width, height, target.FpsText, options.Value.HighDef, temporary), progress, cancellationToken);
            }

            PreviewStore.Commit(temporary, output);
            await playlists.FinishBuildAsync(buildJobId, succeeded: true, cancellationToken);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(list);
        }
    }

    /// <summary>
    /// Stream copy joins only movies alike in every parameter a player keeps from the first one: video codec, pixel
    /// format, size and rate, and the audio's codec, sample rate and channels (an audio track of another format is
    /// copied but played at the first one's clock, so the sound ends early or late).
    /// </summary>
    public static bool Joinable(IReadOnlyList<MediaInfo> infos)
    {
        var first = infos[0];
        return infos.All(i => i.HasAudio && i.VideoCodec == first.VideoCodec && i.PixelFormat == first.PixelFormat && i.Width == first.Width && i.Height == first.Height
            && Math.Abs(i.Fps - first.Fps) < 0.01 && i.AudioCodec == first.AudioCodec && i.SampleRate == first.SampleRate && i.Channels == first.Channels);
    }

    /// <summary>ZOU's concat filter fallback: every movie fitted to the production's frame, its audio made 48 kHz stereo (silence when it has none).</summary>
    public static List<string> ConcatFilterArguments(IReadOnlyList<string> inputs, IReadOnlyList<MediaInfo> infos, int width, int height, string fps, EncodingOptions encoding, string output)
    {
        var arguments = new List<string>();
        foreach (var input in inputs)
        {
            arguments.AddRange(["-i", input]);
        }

        var video = string.Concat(inputs.Select((_, i) => $"[{i}:v]scale={width}:{height}:force_original_aspect_ratio=decrease,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps={fps}[v{i}];"));
        var audio = string.Concat(inputs.Select((_, i) => infos[i].HasAudio
            ? $"[{i}:a]aresample=48000,aformat=sample_rates=48000:channel_layouts=stereo[a{i}];"
            : $"anullsrc=r=48000:cl=stereo,atrim=duration={infos[i].Duration.ToString(System.Globalization.CultureInfo.InvariantCulture)}[a{i}];"));
        var pairs = string.Concat(inputs.Select((_, i) => $"[v{i}][a{i}]"));
        arguments.AddRange(["-filter_complex", $"{video}{audio}{pairs}concat=n={inputs.Count}:v=1:a=1[v][a]", "-map", "[v]", "-map", "[a]"]);
        arguments.AddRange(encoding.Arguments());
        arguments.AddRange(EncodingOptions.AudioArguments);
        arguments.AddRange(["-movflags", "+faststart", output]);
        return arguments;
    }
}
