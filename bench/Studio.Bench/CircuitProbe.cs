using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Studio.Bench;

/// <summary>
/// What happens between a navigation and its rows, seen from both ends (<c>STUDIO_BENCH_PROFILE=1</c>): the circuit's
/// WebSocket messages as the browser receives them (Chromium's DevTools protocol: time and size), Blazor's own metrics
/// in the server (<c>Microsoft.AspNetCore.Components*</c> meters: render batches and their diff sizes, parameter
/// updates), and Chromium's main-thread counters (layouts, style recalculations, script) over a scroll.
/// </summary>
internal sealed class CircuitProbe : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(double At, string Name, double Value, string Tags)> measurements = new();
    private readonly ConcurrentQueue<(double At, int Bytes, bool Received)> frames = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private ICDPSession? session;
    private double mark;

    private CircuitProbe()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        listener.Start();
    }

    public static async Task<CircuitProbe> AttachAsync(IPage page)
    {
        var probe = new CircuitProbe { session = await page.Context.NewCDPSessionAsync(page) };
        probe.session.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => probe.Frame(e, received: true);
        probe.session.Event("Network.webSocketFrameSent").OnEvent += (_, e) => probe.Frame(e, received: false);
        await probe.session.SendAsync("Network.enable");
        await probe.session.SendAsync("Performance.enable");
        return probe;
    }

    /// <summary>Starts a new observation (at a navigation).</summary>
    public void Mark()
    {
        mark = clock.Elapsed.TotalMilliseconds;
        measurements.Clear();
        frames.Clear();
    }

    /// <summary>Chromium's cumulative main-thread counters (LayoutCount, RecalcStyleDuration…).</summary>
    public async Task<Dictionary<string, double>> MetricsAsync()
    {
        var result = await session!.SendAsync("Performance.getMetrics");
        return result!.Value.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
    }

    /// <summary>The messages and the server's render work since <see cref="Mark"/>, up to <paramref name="until"/> ms after it.</summary>
    public void Report(string label, double until)
    {
        var received = frames.Where(f => f.Received && f.At - mark <= until).ToList();
        var sent = frames.Where(f => !f.Received && f.At - mark <= until).ToList();
        var largest = received.OrderByDescending(f => f.Bytes).FirstOrDefault();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label}: circuit received {received.Count} messages, {received.Sum(f => f.Bytes) / 1024.0:F0} KiB (largest {largest.Bytes / 1024.0:F0} KiB at {largest.At - mark:F0} ms), sent {sent.Count}"));
        foreach (var group in measurements.Where(m => m.At - mark <= until).GroupBy(m => m.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var values = group.Select(m => m.Value).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {group.Key}: {values.Count}×, sum {values.Sum():F3}, max {values.Max():F3}"));
        }

        // Each render batch records its duration, then its size (the components it rendered).
        Console.WriteLine("    render batches (ms after navigation: duration ms / components): " + string.Join(", ",
            measurements.Where(m => m.At - mark <= until && m.Name.Contains("render_diff", StringComparison.Ordinal)).OrderBy(m => m.At)
                .Select(m => m.Name.EndsWith("duration", StringComparison.Ordinal)
                    ? string.Create(CultureInfo.InvariantCulture, $"{m.At - mark:F0}: {m.Value * 1000:F0}")
                    : string.Create(CultureInfo.InvariantCulture, $"/ {m.Value:F0}"))).Replace(", /", " /", StringComparison.Ordinal));

        Console.WriteLine("    messages over 4 KiB received (ms after navigation: KiB): " + string.Join(", ",
            received.Where(f => f.Bytes > 4096).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.At - mark:F0}: {f.Bytes / 1024.0:F0}"))));
    }

    public void Dispose() => listener.Dispose();

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var text = string.Join(' ', tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
        measurements.Enqueue((clock.Elapsed.TotalMilliseconds, instrument.Name, Convert.ToDouble(value, CultureInfo.InvariantCulture), text));
    }

    private void Frame(JsonElement? e, bool received)
    {
        var response = e!.Value.GetProperty("response");
        var payload = response.GetProperty("payloadData").GetString() ?? "";
        var binary = response.GetProperty("opcode").GetInt32() == 2;
        frames.Enqueue((clock.Elapsed.TotalMilliseconds, binary ? payload.Length * 3 / 4 : payload.Length, received));
    }
}
