using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Studio.Tests.Unit.Architecture;

/// <summary>
/// No key material in the repository: a signing key, a certificate's private key or an ASP.NET Core data-protection
/// key committed once is everybody's. Reads what git tracks (or, outside a clone, the files beside the solution).
/// </summary>
public sealed partial class RepositoryHygieneTests
{
    [Fact]
    public void NoKeyMaterial_IsTracked()
    {
        var root = RepositoryRoot();
        var files = TrackedFiles(root);

        var byName = files.Where(f => KeyPath().IsMatch(f)).ToList();
        var byContent = files.Where(f => !f.EndsWith(".cs", StringComparison.Ordinal) && LooksLikeKey(Path.Combine(root, f))).ToList();

        Assert.True(files.Count > 100, $"Only {files.Count} files found under {root}.");
        Assert.Empty(byName);
        Assert.Empty(byContent);
    }

    [Fact]
    public void DataDirectories_AreIgnored()
    {
        var ignore = File.ReadAllLines(Path.Combine(RepositoryRoot(), ".gitignore"));

        Assert.Contains("data/", ignore);
    }

    private static bool LooksLikeKey(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length > 1_000_000)
        {
            return false;
        }

        var text = File.ReadAllText(path);
        return text.Contains("PRIVATE KEY-----", StringComparison.Ordinal)
            || (text.Contains("<key id=", StringComparison.Ordinal) && text.Contains("<masterKey", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Studio.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Studio.sln not found above " + AppContext.BaseDirectory);
    }

    private static List<string> TrackedFiles(string root)
    {
        if (Directory.Exists(Path.Combine(root, ".git")) || File.Exists(Path.Combine(root, ".git")))
        {
            var start = new ProcessStartInfo("git", ["-C", root, "ls-files", "-z"]) { RedirectStandardOutput = true, UseShellExecute = false };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode == 0)
            {
                return [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries)];
            }
        }

        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => !Regex.IsMatch(f, @"(^|/)(bin|obj|\.git|TestResults|data)/"))];
    }

    [GeneratedRegex(@"(^|/)keys/|\.(key|pem|pfx|p12)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyPath();
}
