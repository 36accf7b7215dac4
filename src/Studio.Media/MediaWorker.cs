using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Studio.Domain.Media;
using Studio.Domain.Persistence;
using Studio.Domain.Playlists;
using Studio.Domain.Previews;

namespace Studio.Media;

/// <summary>
/// The media pipeline's hosted service: each worker claims a job from the database queue, writes its progress and
/// renews its lease while ffmpeg runs, and records the outcome. A file that cannot be read breaks its preview at
/// once; a failure of the machine (ffmpeg missing or failing on a file that probed fine, disk full, IO) is retried
/// after a growing delay; a job whose worker died is claimed again once its lease expires. After
/// <see cref="MediaOptions.MaxAttempts"/> attempts, whatever stopped them, the preview is broken or the build failed,
/// with a reason that names no server path.
/// </summary>
public sealed partial class MediaWorker(MediaQueue queue, PreviewProcessor processor, PlaylistBuilder builder, PreviewStates previews, PlaylistService playlists,
    IOptions<MediaOptions> options, IOptions<StudioOptions> studio, ILogger<MediaWorker> logger) : BackgroundService
{
    private readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var data = studio.Value.FullDataDirectory;
        OrphanSweeper.KillOrphans(data, logger);
        RemoveStalePartialFiles(data);
        return Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(i => RunAsync($"{instance}:{i}", stoppingToken)));
    }

    /// <summary>
    /// Temporary files of a worker that was killed: a file still being written is touched continuously, so one left
    /// alone for longer than two leases has no writer any more.
    /// </summary>
    private void RemoveStalePartialFiles(string data)
    {
        if (!Directory.Exists(data))
        {
            return;
        }

        var limit = DateTime.UtcNow - TimeSpan.FromSeconds(2 * options.Value.LeaseSeconds);
        foreach (var file in Directory.EnumerateFiles(data, "*.part.*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) < limit))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Still open somewhere: the next start-up tries again.
            }
        }
    }

    private async Task RunAsync(string owner, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        var max = Math.Max(1, options.Value.MaxAttempts);
        while (!stoppingToken.IsCancellationRequested)
        {
            MediaJob? job = null;
            try
            {
                foreach (var exhausted in await queue.FailExhaustedAsync(max, $"Processing stopped {max} times before the end (the server running it died); given up.", stoppingToken))
                {
                    LogBroken(logger, exhausted.Id, exhausted.Error ?? "");
                    await BreakAsync(exhausted, exhausted.Error ?? "", stoppingToken);
                }

                job = await queue.ClaimAsync(owner, lease, max, stoppingToken);
                if (job is null)
                {
                    await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
                    continue;
                }

                await ProcessAsync(job, owner, lease, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down: the job keeps its lease and is taken again once it expires.
                return;
            }
            catch (Exception e)
            {
                // The database is unreachable or starting (a job claimed meanwhile is taken again once its lease
                // expires): try again shortly rather than lose the worker.
                LogClaimFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), stoppingToken);
            }
        }
    }

    private async Task ProcessAsync(MediaJob job, string owner, TimeSpan lease, CancellationToken stoppingToken)
    {
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var projectId = job.PreviewFileId is { } preview ? await previews.ProjectOfAsync(preview, stoppingToken) : null;
        var state = new ProgressState();
        var saving = SaveProgressAsync(job, owner, lease, state, lost);
        void Report(int percent, string stage)
        {
            if (state.Set(percent, stage) && job.PreviewFileId is { } id)
            {
                previews.AnnounceProgress(id, projectId, percent, stage);
            }
        }

        try
        {
            if (job.Kind == "preview" && job.PreviewFileId is { } previewId)
            {
                await processor.ProcessAsync(previewId, job.Data, Report, lost.Token);
            }
            else if (job.Kind == "playlist" && job.BuildJobId is { } buildJobId)
            {
                await builder.BuildAsync(buildJobId, job.Data?["full"]?.GetValue<bool>() == true, Report, lost.Token);
            }
            else
            {
                throw new MediaException($"Unknown job kind {job.Kind}.");
            }

            await queue.FinishAsync(job.Id, owner, MediaJob.Done, null, stoppingToken);
        }
        catch (MediaException e)
        {
            // The file itself is the problem: retrying will not help.
            LogBroken(logger, job.Id, e.Message);
            await BreakAsync(job, e.Message, stoppingToken);
            await queue.FinishAsync(job.Id, owner, MediaJob.Failed, e.Message, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            if (lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
            {
                // Another worker took the job over.
                return;
            }

            var reason = Ffmpeg.WithoutPaths(e.Message);
            LogFailed(logger, job.Id, job.Attempts, e);
            if (job.Attempts >= options.Value.MaxAttempts)
            {
                await BreakAsync(job, $"Processing failed {job.Attempts} times: {reason}", stoppingToken);
                await queue.FinishAsync(job.Id, owner, MediaJob.Failed, reason, stoppingToken);
            }
            else
            {
                var delay = TimeSpan.FromSeconds(options.Value.RetryDelaySeconds * Math.Pow(2, job.Attempts - 1));
                await queue.RequeueAsync(job.Id, owner, reason, delay, stoppingToken);
            }
        }
        finally
        {
            await lost.CancelAsync();
            await saving;
        }
    }

    /// <summary>
    /// Writes the progress to the job row at most every <see cref="MediaOptions.ProgressSeconds"/> when it changed, and
    /// renews the lease at least three times per lease; cancels <paramref name="lost"/> when another worker owns the job.
    /// </summary>
    private async Task SaveProgressAsync(MediaJob job, string owner, TimeSpan lease, ProgressState state, CancellationTokenSource lost)
    {
        var renewal = lease / 3;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(options.Value.ProgressSeconds, 0.2, renewal.TotalSeconds)));
        var sinceBeat = Stopwatch.StartNew();
        try
        {
            while (await timer.WaitForNextTickAsync(lost.Token))
            {
                var (percent, stage, changed) = state.Take();
                if (!changed && sinceBeat.Elapsed < renewal)
                {
                    continue;
                }

                try
                {
                    if (!await queue.HeartbeatAsync(job.Id, owner, lease, percent, stage, lost.Token))
                    {
                        await lost.CancelAsync();
                    }

                    sinceBeat.Restart();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A missed write is made up by the next tick; the lease outlives a few.
                    state.Unsaved();
                    LogClaimFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended.
        }
    }

    private async Task BreakAsync(MediaJob job, string reason, CancellationToken cancellationToken)
    {
        if (job.PreviewFileId is { } previewId)
        {
            await previews.MarkBrokenAsync(previewId, reason, cancellationToken);
        }

        if (job.BuildJobId is { } buildJobId)
        {
            await playlists.FinishBuildAsync(buildJobId, succeeded: false, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Media queue unavailable")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Media job {JobId} broken: {Reason}")]
    private static partial void LogBroken(ILogger logger, Guid jobId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Media job {JobId} failed (attempt {Attempt})")]
    private static partial void LogFailed(ILogger logger, Guid jobId, int attempt, Exception exception);

    /// <summary>The running job's progress, set from ffmpeg's output thread and read by the saver.</summary>
    private sealed class ProgressState
    {
        private readonly Lock gate = new();
        private int percent;
        private string stage = "starting";
        private bool changed = true;

        /// <summary>Records the progress; true when it is new.</summary>
        public bool Set(int newPercent, string newStage)
        {
            lock (gate)
            {
                if (newPercent == percent && newStage == stage)
                {
                    return false;
                }

                (percent, stage, changed) = (newPercent, newStage, true);
                return true;
            }
        }

        /// <summary>The last write failed: the next tick writes again.</summary>
        public void Unsaved()
        {
            lock (gate)
            {
                changed = true;
            }
        }

        public (int Percent, string Stage, bool Changed) Take()
        {
            lock (gate)
            {
                var result = (percent, stage, changed);
                changed = false;
                return result;
            }
        }
    }
}
