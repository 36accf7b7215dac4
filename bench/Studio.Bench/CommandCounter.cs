using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Studio.Bench;

/// <summary>
/// Counts the SQL commands EF Core runs while it is alive, and how long each one's reader stayed open (query and
/// materialization), through EF's diagnostic events. The media workers' polling of their queue (<c>media_job</c>),
/// which runs in the background whatever the request, is left out.
/// </summary>
internal sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];
    private readonly ConcurrentQueue<(string Sql, TimeSpan Duration)> readers = new();
    private int count;

    public CommandCounter() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public int Count => Volatile.Read(ref count);

    /// <summary>The commands whose reader stayed open longest, slowest first, as "ms: first SQL line".</summary>
    public IEnumerable<string> Slowest(int n) => readers.OrderByDescending(r => r.Duration).Take(n)
        .Select(r => $"{r.Duration.TotalMilliseconds,7:F1} ms  {Shorten(r.Sql)}");

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (listeners)
            {
                listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData command && !IsMediaQueue(command.Command.CommandText))
        {
            Interlocked.Increment(ref count);
        }
        else if (value.Key == RelationalEventId.DataReaderDisposing.Name && value.Value is DataReaderDisposingEventData data && !IsMediaQueue(data.Command.CommandText))
        {
            readers.Enqueue((data.Command.CommandText, data.Duration));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        subscription.Dispose();
        lock (listeners)
        {
            listeners.ForEach(l => l.Dispose());
        }
    }

    private static bool IsMediaQueue(string sql) => sql.Contains("media_job", StringComparison.Ordinal);

    private static string Shorten(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return Environment.GetEnvironmentVariable("STUDIO_BENCH_FULL_SQL") is not null || flat.Length <= 160 ? flat : flat[..160] + "…";
    }
}
