using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>
/// .NET 10's own Blazor script: when the server goes away an open page shows the reconnect UI, and when the server
/// comes back the page recovers by itself (the old circuit is gone, so the page reloads and signs in again from its
/// cookie). Studio runs as a child process here, so that it can really stop and start again on the same port.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class ReconnectTests(StudioServer server)
{
    [Fact]
    public async Task ServerGoneThenBack_ShowsTheReconnectUi_ThenThePageRecovers()
    {
        var data = Path.Combine(Path.GetTempPath(), "studio-reconnect-" + Guid.NewGuid().ToString("N"));
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        Process? studio = null;
        try
        {
            studio = Start(data, url);
            await WaitUntilServingAsync(url);
            await CreateAdminAsync(data);

            var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url, ViewportSize = StudioServer.Desktop });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/login", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            await StudioServer.SignInAsync(page, StudioServer.AdminEmail, StudioServer.AdminPassword);
            await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal), StudioServer.Committed);
            await StudioServer.WaitForCircuitAsync(page);

            Stop(studio);
            studio = null;
            // The script's own reconnect UI: a dialog in the shadow root of #components-reconnect-modal.
            var dialog = page.Locator("#components-reconnect-modal .components-reconnect-dialog");
            await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 60000 });
            await StudioServer.ScreenshotAsync(page, "reconnect");

            studio = Start(data, url);
            await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 90000 });
            await StudioServer.WaitForCircuitAsync(page);
            Assert.DoesNotContain("/login", page.Url, StringComparison.Ordinal);
            await context.CloseAsync();
        }
        finally
        {
            if (studio is not null)
            {
                Stop(studio);
            }

            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process Start(string data, string url, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Studio.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["Studio__DataDirectory"] = data;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    /// <summary>Polls the sign-in page until the child answers (it migrates its database first), for at most two minutes.</summary>
    private static async Task WaitUntilServingAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                if ((await http.GetAsync(url + "/login")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, $"Studio did not answer on {url} within two minutes.");
            await Task.Delay(250);
        }
    }

    private static async Task CreateAdminAsync(string data)
    {
        using var command = Start(data, "http://127.0.0.1:0", "create-admin", StudioServer.AdminEmail, "--password", StudioServer.AdminPassword);
        await command.WaitForExitAsync();
        Assert.Equal(0, command.ExitCode);
    }
}
