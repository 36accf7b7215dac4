namespace Studio.Domain.Timesheets;

/// <summary>The span of a team timesheet: the days of a week or a month, or the months of a year.</summary>
public enum TeamSheetSpan
{
    Week,
    Month,
    Year,
}

/// <summary>A person of a team timesheet.</summary>
public sealed record SheetPerson(Guid Id, string FullName, bool HasAvatar);

/// <summary>
/// Everybody's time the caller may read over a span: people (those the caller oversees, and anyone with time in the
/// span), the columns' first days (days, or the first of each month for a year), and the minutes per person and column.
/// </summary>
public sealed record TeamSheet(
    TeamSheetSpan Span,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<DateOnly> Columns,
    IReadOnlyList<SheetPerson> People,
    IReadOnlyDictionary<(Guid PersonId, DateOnly Column), double> Minutes,
    double HoursByDay)
{
    public double MinutesOf(Guid personId, DateOnly column) => Minutes.GetValueOrDefault((personId, column));

    public double PersonTotal(Guid personId) => Minutes.Where(m => m.Key.PersonId == personId).Sum(m => m.Value);

    public double ColumnTotal(DateOnly column) => Minutes.Where(m => m.Key.Column == column).Sum(m => m.Value);

    public double Total => Minutes.Values.Sum();

    /// <summary>The days a column covers: one day, or a whole month in a year's sheet.</summary>
    public (DateOnly Start, DateOnly End) PeriodOf(DateOnly column) => Span == TeamSheetSpan.Year ? (column, column.AddMonths(1)) : (column, column.AddDays(1));
}
