using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Studio.Domain.Persistence;

namespace Studio.Bench;

/// <summary>
/// The shot list of the big production (5,000 shots × 8 task types) in Debian's Chromium: the time until its rows
/// show, the frame times while it scrolls from top to bottom, the time for the last rows to appear after a jump to
/// the end, the rows in the page (virtualization), and the browser's and the server's memory.
/// </summary>
internal static class UiScroll
{
    /// <summary>The list's scrolling element: Studio's grid itself, or a MudDataGrid's table container inside it.</summary>
    private const string Scroller = "(document.querySelector('.studio-entities .mud-table-container') || document.querySelector('.studio-entities'))";

    private const string FrameScript = """
        async (frames) => {
            const grid = document.querySelector('.studio-entities .mud-table-container') || document.querySelector('.studio-entities');
            const step = (grid.scrollHeight - grid.clientHeight) / frames;
            const times = [];
            let last = performance.now();
            for (let i = 0; i < frames; i++) {
                grid.scrollTop = step * (i + 1);
                await new Promise(r => requestAnimationFrame(r));
                const now = performance.now();
                times.push(now - last);
                last = now;
            }
            return times;
        }
        """;

    private static readonly string[] MainThreadCounters = ["TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration", "LayoutCount", "RecalcStyleCount", "Nodes"];

    /// <summary>Times in the page (ms after the navigation started): the layout's first paint, the progress bar, the first row.</summary>
    private const string MarksScript = """
        window.studioMarks = {};
        new MutationObserver(() => {
            const m = window.studioMarks;
            if (!m.layout && document.querySelector('.studio-layout')) m.layout = performance.now();
            if (!m.loading && document.querySelector('.mud-progress-linear')) m.loading = performance.now();
            if (!m.rows && document.querySelector('[data-entity] [data-status]')) m.rows = performance.now();
        }).observe(document, { childList: true, subtree: true });
        """;

    public static async Task RunAsync(BenchServer server, Func<IDbContextFactory<StudioDbContext>, Task<Guid>> seed)
    {
        var seeding = Stopwatch.StartNew();
        var projectId = await seed(server.Factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>());
        Console.WriteLine($"Database: {server.DatabaseLabel}; seeded in {seeding.Elapsed.TotalSeconds:F1} s");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseUrl, ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var profiling = Environment.GetEnvironmentVariable("STUDIO_BENCH_PROFILE") == "1";
        using var probe = profiling ? await CircuitProbe.AttachAsync(page) : null;
        if (profiling)
        {
            await UiProfile.RunAsync(server.Factory.Services, projectId);
            await page.AddInitScriptAsync(MarksScript);
        }

        await page.GotoAsync("/login");
        await page.FillAsync("#email", BenchServer.AdminEmail);
        await page.FillAsync("#password", BenchServer.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        for (var run = 0; run < 3; run++)
        {
            probe?.Mark();
            var open = Stopwatch.StartNew();
            await page.GotoAsync($"/productions/{projectId}/shots", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await page.WaitForSelectorAsync("[data-entity] [data-status]", new PageWaitForSelectorOptions { Timeout = 120000 });
            var painted = open.Elapsed.TotalMilliseconds;
            await page.WaitForSelectorAsync(".studio-layout[data-interactive=true] [data-entity] [data-status]", new PageWaitForSelectorOptions { Timeout = 120000 });
            var shown = open.Elapsed.TotalMilliseconds;
            var html = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].transferSize");

            // A big list shows its first screenful's tasks first and reads the others after: scroll once every task is in.
            await page.WaitForSelectorAsync(".studio-entities table[aria-busy=false]", new PageWaitForSelectorOptions { Timeout = 120000 });
            var complete = open.Elapsed.TotalMilliseconds;

            if (probe is not null)
            {
                await Task.Delay(3000);
                var marks = await page.EvaluateAsync<JsonElement>("() => ({ ...window.studioMarks, response: performance.getEntriesByType('navigation')[0].responseEnd, dom: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd })");
                Console.WriteLine($"run {run + 1} profile: browser marks (ms after navigation start) {marks}");
                probe.Report("until 3 s after the rows", shown + 3000);
            }

            var before = probe is null ? null : await probe.MetricsAsync();
            var frames = (await page.EvaluateAsync<double[]>(FrameScript, 300)).Order().ToArray();
            if (probe is not null)
            {
                var after = await probe.MetricsAsync();
                Console.WriteLine("  main thread over the 300 scroll frames: " + string.Join(", ", MainThreadCounters.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k} {(k.EndsWith("Duration", StringComparison.Ordinal) ? (after[k] - before![k]) * 1000 : after[k] - before![k]):F0}"))));
            }

            var jump = Stopwatch.StartNew();
            await page.EvaluateAsync($"() => {{ const g = {Scroller}; g.scrollTop = 0; }}");
            await page.WaitForSelectorAsync("[data-entity=SH0000]", new PageWaitForSelectorOptions { Timeout = 60000 });
            jump.Restart();
            await page.EvaluateAsync($"() => {{ const g = {Scroller}; g.scrollTop = g.scrollHeight; }}");
            await page.WaitForSelectorAsync("[data-entity=SH4999]", new PageWaitForSelectorOptions { Timeout = 60000 });
            var toEnd = jump.Elapsed.TotalMilliseconds;

            var rows = await page.Locator("[data-entity]").CountAsync();
            var heap = await page.EvaluateAsync<JsonElement>("() => performance.memory ? performance.memory.usedJSHeapSize : 0");
            var server_ = Process.GetCurrentProcess();
            server_.Refresh();

            // What stays alive (earlier pages' circuits included, kept for reconnection): the managed heap after a full collection.
            var live = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: first rows painted after {painted:F0} ms, usable (circuit connected) after {shown:F0} ms, every task after {complete:F0} ms, page {html / 1024:F0} KiB; scrolling 300 frames: median {frames[frames.Length / 2]:F1} ms, p95 {frames[(int)(frames.Length * 0.95)]:F1} ms, max {frames[^1]:F1} ms; jump to the end: last rows after {toEnd:F0} ms; {rows} rows in the page; browser JS heap {heap.GetDouble() / 1048576:F1} MiB; Studio process working set {server_.WorkingSet64 / 1048576.0:F0} MiB, live managed heap {live / 1048576.0:F0} MiB"));
        }
    }
}
