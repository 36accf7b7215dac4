namespace Studio.Domain.Timesheets;

/// <summary>A task of a person's timesheet: what the row shows of it.</summary>
public sealed record SheetTask(Guid TaskId, Guid? ProjectId, string ProjectName, string EntityName, string TaskTypeName, string? TaskTypeColor, bool IsDone);

/// <summary>
/// One person's week of time: the tasks they may log on (their open tasks, and any task they logged on that week),
/// the minutes per task and day, their days off, the organisation's working day in hours, and the first day they may
/// still change when the organisation locks timesheets (null when nothing is locked for them).
/// </summary>
public sealed record WeekSheet(
    DateOnly Monday,
    IReadOnlyList<SheetTask> Tasks,
    IReadOnlyDictionary<(Guid TaskId, DateOnly Day), double> Minutes,
    IReadOnlyList<DayOff> DaysOff,
    double HoursByDay,
    DateOnly? FirstOpenDay = null)
{
    /// <summary>Whether <paramref name="day"/> is older than the timesheet lock lets the person change.</summary>
    public bool IsLocked(DateOnly day) => FirstOpenDay is { } first && day < first;

    /// <summary>The seven days of the week, Monday first.</summary>
    public IEnumerable<DateOnly> Days => Enumerable.Range(0, 7).Select(Monday.AddDays);

    public double MinutesOf(Guid taskId, DateOnly day) => Minutes.GetValueOrDefault((taskId, day));

    public double DayTotal(DateOnly day) => Minutes.Where(m => m.Key.Day == day).Sum(m => m.Value);

    public double TaskTotal(Guid taskId) => Minutes.Where(m => m.Key.TaskId == taskId).Sum(m => m.Value);

    public double Total => Minutes.Values.Sum();

    /// <summary>The day off that covers <paramref name="day"/>, if any.</summary>
    public DayOff? DayOffOn(DateOnly day) => DaysOff.FirstOrDefault(d => d.Date <= day && d.EndDate >= day);

    /// <summary>The Monday of the ISO week of <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
