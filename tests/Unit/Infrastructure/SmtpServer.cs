using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>
/// A real SMTP server for a test class: Debian's aiosmtpd on a free local port, storing what it receives in a maildir
/// the test reads back (the test script installs <c>python3-aiosmtpd</c>).
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private readonly Process process;
    private readonly string folder = Directory.CreateTempSubdirectory("studio-smtp-").FullName;
    private readonly string maildir;

    public SmtpServer()
    {
        Port = FreePort();

        // The handler makes the maildir (with its tmp, new and cur folders) only when it does not exist yet.
        maildir = Path.Combine(folder, "maildir");

        // Debian's interpreter, which has the package: another python3 may come first on the PATH.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        process = Process.Start(new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        WaitUntilListening();
    }

    public int Port { get; }

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var arrived = Path.Combine(maildir, "new");
        return !Directory.Exists(arrived)
            ? []
            : [.. new DirectoryInfo(arrived).GetFiles().OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name).Select(f => MimeMessage.Load(f.FullName))];
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits for the port to accept connections (or the process to die, with its error).</summary>
    private void WaitUntilListening()
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited: {process.StandardError.ReadToEnd()}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                process.WaitForExit(50);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on port {Port} within 30 s.");
    }
}
