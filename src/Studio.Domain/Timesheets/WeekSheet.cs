namespace Studio.Domain.Timesheets;

/// <summary>A task of a person's timesheet: what the row shows of it.</summary>
public sealed record SheetTask(Guid TaskId, Guid? ProjectId, string ProjectName, string EntityName, string TaskTypeName, string? TaskTypeColor, bool IsDone);

/// <summary>
/// One person's week of time: the tasks they may log on (their open tasks, and any task they logged on that week),
/// the minutes per task and day, their days off, and the organisation's working day in hours.
/// </summary>
public sealed record WeekSheet(
    DateOnly Monday,
    IReadOnlyList<SheetTask> Tasks,
    IReadOnlyDictionary<(Guid TaskId, DateOnly Day), double> Minutes,
    IReadOnlyList<DayOff> DaysOff,
    double HoursByDay)
{
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
