using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Studio.Domain.Media;
using Studio.Domain.Previews;

namespace Studio.Media;

/// <summary>
/// The media pipeline's hosted service: each worker claims a job from the database queue, keeps its lease alive
/// while ffmpeg runs (with the progress), and records the outcome. A job whose worker died (its process killed) is
/// claimed again once its lease expires; after <see cref="MediaOptions.MaxAttempts"/> failures the preview is
/// marked broken with the reason. A file ffmpeg cannot read is broken at once.
/// </summary>
public sealed partial class MediaWorker(MediaQueue queue, PreviewProcessor processor, PlaylistBuilder builder, PreviewService previews, PreviewStore store, IOptions<MediaOptions> options, ILogger<MediaWorker> logger)
    : BackgroundService
{
    private readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        RemoveStalePartialFiles();
        return Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(i => RunAsync($"{instance}:{i}", stoppingToken)));
    }

    /// <summary>
    /// Temporary files of a worker that was killed: a file still being written is touched continuously, so one left
    /// alone for longer than two leases has no writer any more.
    /// </summary>
    private void RemoveStalePartialFiles()
    {
        if (!Directory.Exists(store.Root))
        {
            return;
        }

        var limit = DateTime.UtcNow - TimeSpan.FromSeconds(2 * options.Value.LeaseSeconds);
        foreach (var file in Directory.EnumerateFiles(store.Root, "*.part.*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) < limit))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task RunAsync(string owner, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            MediaJob? job = null;
            try
            {
                job = await queue.ClaimAsync(owner, lease, stoppingToken);
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
            catch (Exception e) when (job is null)
            {
                // The database is unreachable or starting: try again shortly.
                LogClaimFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), stoppingToken);
            }
        }
    }

    private async Task ProcessAsync(MediaJob job, string owner, TimeSpan lease, CancellationToken stoppingToken)
    {
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var progress = 0;
        var stage = "starting";
        using var heartbeat = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.LeaseSeconds / 3.0)));
        var beating = Task.Run(async () =>
        {
            while (await heartbeat.WaitForNextTickAsync(lost.Token).ConfigureAwait(false))
            {
                if (!await queue.HeartbeatAsync(job.Id, owner, lease, progress, stage, lost.Token))
                {
                    // Another worker took the job over: stop working on it.
                    await lost.CancelAsync();
                }
            }
        }, lost.Token);

        try
        {
            Func<int, string, Task> report = (percent, name) =>
            {
                if (percent != progress || name != stage)
                {
                    (progress, stage) = (percent, name);
                    if (job.PreviewFileId is { } id)
                    {
                        previews.AnnounceProgress(id, null, percent, name);
                    }
                }

                return Task.CompletedTask;
            };
            if (job.Kind == "preview" && job.PreviewFileId is { } previewId)
            {
                await processor.ProcessAsync(previewId, job.Data, report, lost.Token);
            }
            else if (job.Kind == "playlist" && job.BuildJobId is { } buildJobId)
            {
                await builder.BuildAsync(buildJobId, job.Data?["full"]?.GetValue<bool>() == true, report, lost.Token);
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
            await BreakAsync(job, owner, e.Message, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            if (lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
            {
                return;
            }

            LogFailed(logger, job.Id, job.Attempts, e);
            if (job.Attempts >= options.Value.MaxAttempts)
            {
                await BreakAsync(job, owner, e.Message, stoppingToken);
            }
            else
            {
                await queue.RequeueAsync(job.Id, owner, e.Message, stoppingToken);
            }
        }
        finally
        {
            await lost.CancelAsync();
            try
            {
                await beating;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task BreakAsync(MediaJob job, string owner, string reason, CancellationToken cancellationToken)
    {
        if (job.PreviewFileId is { } previewId)
        {
            await previews.MarkBrokenAsync(previewId, reason, cancellationToken);
        }

        await queue.FinishAsync(job.Id, owner, MediaJob.Failed, reason, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Media queue unavailable")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Media job {JobId} broken: {Reason}")]
    private static partial void LogBroken(ILogger logger, Guid jobId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Media job {JobId} failed (attempt {Attempt})")]
    private static partial void LogFailed(ILogger logger, Guid jobId, int attempt, Exception exception);
}
