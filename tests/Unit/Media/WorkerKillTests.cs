using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Media;
using Studio.Domain.Persistence;
using Studio.Tests.Unit.Infrastructure;
using static Studio.Tests.Unit.Media.MediaFiles;

namespace Studio.Tests.Unit.Media;

/// <summary>
/// A server killed with SIGKILL while ffmpeg encodes (Studio.Web run as a child process): its ffmpeg is left running,
/// the next server's start-up ends it, and that server's worker takes the job over once the lease expired.
/// </summary>
[Collection(MediaCollection.Name)]
public sealed class WorkerKillTests
{
    [Fact]
    public async Task AServerKilledMidEncode_LeavesNoOrphanNorPartFiles_AndTheNextWorkerFinishesTheJob()
    {
        // A web-only server takes the upload: its worker does not run.
        var web = new StudioApiFactory();
        web.Settings["Studio:Media:RunWorkers"] = "false";
        await ((IAsyncLifetime)web).InitializeAsync();
        StudioApiFactory? next = null;
        Process? server = null;
        try
        {
            var admin = await web.AdminAsync();
            var preview = await NewAdminPreviewAsync(admin);
            var source = await MakeAsync(web, "long.mp4", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25:duration=4", "-c:v", "libx264", "-pix_fmt", "yuv420p");
            await UploadAsync(admin, preview, source);

            // A worker in a process of its own, with a very slow high definition and a three-second lease.
            server = StartServer(web, new() { ["Studio__Media__LeaseSeconds"] = "3", ["Studio__Media__HighDef__Preset"] = "veryslow", ["Studio__Media__PollSeconds"] = "0.2" });
            var encoder = await WaitForEncoderAsync(web, server, "highdef");
            server.Kill();
            await server.WaitForExitAsync();
            Assert.True(IsRunning(encoder), "the killed server's ffmpeg runs on");

            // The next server: its start-up ends the orphan; its worker claims the job once the lease has run out.
            next = new StudioApiFactory(web);
            next.Settings["Studio:Media:LeaseSeconds"] = "3";
            next.Settings["Studio:Media:PollSeconds"] = "0.2";
            await ((IAsyncLifetime)next).InitializeAsync();
            var ready = await WaitAsync(await next.AdminAsync(), preview, 180);
            await using var db = await next.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>().CreateDbContextAsync();

            // The worker marks the preview ready, then closes its job: give the second write a moment.
            var job = await db.Set<MediaJob>().AsNoTracking().SingleAsync(j => j.PreviewFileId == Guid.Parse(preview));
            for (var wait = 0; job.State == MediaJob.Running && wait < 50; wait++)
            {
                await Task.Delay(200);
                job = await db.Set<MediaJob>().AsNoTracking().SingleAsync(j => j.PreviewFileId == Guid.Parse(preview));
            }

            Assert.Equal("ready", ready["status"]!.GetValue<string>());
            Assert.Equal((MediaJob.Done, 2), (job.State, job.Attempts));
            Assert.False(IsRunning(encoder), "the orphaned ffmpeg was ended");
            Assert.Empty(FfmpegWritingInto(web.DataDirectory));
            Assert.Empty(Directory.EnumerateFiles(web.DataDirectory, "*.part.*", SearchOption.AllDirectories));
        }
        finally
        {
            if (server is { HasExited: false })
            {
                server.Kill(entireProcessTree: true);
            }

            server?.Dispose();
            if (next is not null)
            {
                await ((IAsyncLifetime)next).DisposeAsync();
            }

            await ((IAsyncLifetime)web).DisposeAsync();
        }
    }

    private static Process StartServer(StudioApiFactory factory, Dictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Studio.Web.dll"));
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in factory.ChildEnvironment().Concat(settings))
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The pid of the ffmpeg the child server runs once its job has reached <paramref name="stage"/>.</summary>
    private static async Task<int> WaitForEncoderAsync(StudioApiFactory factory, Process server, string stage)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(server.HasExited, "the child server stopped");
            await using var db = await contexts.CreateDbContextAsync();
            var running = await db.Set<MediaJob>().AnyAsync(j => j.State == MediaJob.Running && j.Stage == stage);
            var encoder = FfmpegWritingInto(factory.DataDirectory).FirstOrDefault(p => ParentOf(p) == server.Id);
            if (running && encoder != 0)
            {
                return encoder;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The child server's job never reached {stage}.");
        return 0;
    }

    private static List<int> FfmpegWritingInto(string folder) =>
        [.. Directory.EnumerateDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && IsRunning(pid) && CommandLine(pid) is { } line && line.StartsWith("ffmpeg", StringComparison.Ordinal) && line.Contains(folder, StringComparison.Ordinal))];

    private static string? CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Alive and not a zombie (state Z in /proc/&lt;pid&gt;/stat).</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
