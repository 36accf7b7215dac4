using System.Globalization;

namespace Studio.Domain.Planning;

/// <summary>
/// The figures of one granularity (day, ISO week, month or year) of a quota: frames, seconds, shots and drawings per
/// period, and how many periods have figures within each enclosing one (days per month, weeks and months per year).
/// </summary>
public sealed class QuotaFigures
{
    public SortedDictionary<string, int> Frames { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, double> Seconds { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Count { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Drawings { get; } = new(StringComparer.Ordinal);

    /// <summary>Periods with figures per enclosing period; null for years, which nothing encloses.</summary>
    public SortedDictionary<string, int>? Entries { get; init; }

    internal void Add(string period, string? enclosing, int frames, double seconds, int drawings)
    {
        if (!Frames.ContainsKey(period) && enclosing is not null && Entries is not null)
        {
            Entries[enclosing] = Entries.GetValueOrDefault(enclosing) + 1;
        }

        Frames[period] = Frames.GetValueOrDefault(period) + frames;
        Seconds[period] = Seconds.GetValueOrDefault(period) + seconds;
        Count[period] = Count.GetValueOrDefault(period) + 1;
        Drawings[period] = Drawings.GetValueOrDefault(period) + drawings;
    }
}

/// <summary>The quota of one person (or task type), or the total, by day, ISO week, month and year.</summary>
public sealed class QuotaEntry
{
    public QuotaFigures Day { get; } = new() { Entries = new(StringComparer.Ordinal) };

    public QuotaFigures Week { get; } = new() { Entries = new(StringComparer.Ordinal) };

    public QuotaFigures Month { get; } = new() { Entries = new(StringComparer.Ordinal) };

    public QuotaFigures Year { get; } = new();

    /// <summary>Counts a shot (or a share of one) made in the given periods.</summary>
    internal void Add(QuotaPeriods periods, int frames, int drawings, double fps)
    {
        var seconds = fps > 0 ? frames / fps : 0;
        Day.Add(periods.Day, periods.Month, frames, seconds, drawings);
        Week.Add(periods.Week, periods.Year, frames, seconds, drawings);
        Month.Add(periods.Month, periods.Year, frames, seconds, drawings);
        Year.Add(periods.Year, null, frames, seconds, drawings);
    }
}

/// <summary>
/// The names of the day, ISO week, month and year of a date, as Zou keys them. ZOU: a week is named after the calendar
/// year and the ISO week number (<c>2025-1</c> for 31 December 2025).
/// </summary>
internal sealed record QuotaPeriods(string Day, string Week, string Month, string Year)
{
    public static QuotaPeriods Of(DateOnly date)
    {
        var year = date.Year.ToString("D4", CultureInfo.InvariantCulture);
        var week = $"{year}-{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture)}";
        return new QuotaPeriods(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), week, date.ToString("yyyy-MM", CultureInfo.InvariantCulture), year);
    }
}

/// <summary>A production's quotas: one entry per person (or, for one person, per task type), and their total.</summary>
public sealed class QuotaTable
{
    public SortedDictionary<Guid, QuotaEntry> Entries { get; } = [];

    public QuotaEntry Total { get; } = new();

    private readonly Dictionary<DateOnly, QuotaPeriods> periods = [];

    public bool IsEmpty => Entries.Count == 0;

    internal void Add(Guid entry, DateOnly date, int frames, int drawings, double fps)
    {
        if (!Entries.TryGetValue(entry, out var figures))
        {
            Entries[entry] = figures = new QuotaEntry();
        }

        if (!periods.TryGetValue(date, out var names))
        {
            periods[date] = names = QuotaPeriods.Of(date);
        }

        figures.Add(names, frames, drawings, fps);
        Total.Add(names, frames, drawings, fps);
    }
}
