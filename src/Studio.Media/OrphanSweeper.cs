using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Studio.Media;

/// <summary>
/// At a worker's start-up, ends the ffmpeg processes a killed server left running, and the temporary files they were
/// writing. .NET cannot ask Linux to kill a child with its parent: <c>prctl(PR_SET_PDEATHSIG)</c> has to be called in
/// the child between fork and exec, which <see cref="Process"/> does not offer, and a <c>setpriv --pdeathsig</c>
/// wrapper would tie ffmpeg to the thread that started it, not the process (a thread-pool thread may retire while
/// ffmpeg runs, killing it). So an ffmpeg is recognised afterwards instead: it carries
/// <see cref="Ffmpeg.OwnerVariable"/> = the id of the server that started it, and it is an orphan when its parent is
/// no longer that server (an orphan is re-parented) and its command line writes into this data directory's temporary
/// <c>.part.</c> files. An orphan on another machine cannot be reached: its output never collides with a retry's,
/// since each write has a name of its own, and the stale-file sweep removes it later.
/// </summary>
public static partial class OrphanSweeper
{
    /// <summary>Kills the orphaned ffmpeg processes writing under <paramref name="dataDirectory"/>; returns how many there were.</summary>
    public static int KillOrphans(string dataDirectory, ILogger logger)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc"))
        {
            return 0;
        }

        var killed = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId
                || Read(folder, "cmdline") is not { } commandLine || Read(folder, "environ") is not { } environment)
            {
                continue;
            }

            var arguments = commandLine.Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var owner = environment.Split('\0').FirstOrDefault(v => v.StartsWith(Ffmpeg.OwnerVariable + "=", StringComparison.Ordinal))?[(Ffmpeg.OwnerVariable.Length + 1)..];
            var outputs = arguments.Where(a => a.StartsWith(dataDirectory, StringComparison.Ordinal) && a.Contains(".part.", StringComparison.Ordinal)).ToList();
            if (owner is null || outputs.Count == 0 || ParentOf(folder) is not { } parent || parent.ToString(CultureInfo.InvariantCulture) == owner)
            {
                continue;
            }

            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(5000);
                killed++;
                LogKilled(logger, pid, owner);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // It ended meanwhile, or is not ours to kill.
                continue;
            }

            foreach (var output in outputs)
            {
                File.Delete(output);
            }
        }

        return killed;
    }

    private static string? Read(string folder, string name)
    {
        try
        {
            return File.ReadAllText(Path.Combine(folder, name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The fourth field of <c>/proc/&lt;pid&gt;/stat</c>, after the command name in parentheses.</summary>
    private static int? ParentOf(string folder)
    {
        var stat = Read(folder, "stat");
        var end = stat?.LastIndexOf(')') ?? -1;
        var fields = end < 0 ? [] : stat![(end + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Killed ffmpeg {Pid}, left running by the dead server {Owner}")]
    private static partial void LogKilled(ILogger logger, int pid, string owner);
}
