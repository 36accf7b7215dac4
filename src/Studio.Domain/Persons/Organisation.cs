using Studio.Domain.Common;

namespace Studio.Domain.Persons;

/// <summary>The organisation running this instance and its studio-wide settings (one row).</summary>
public class Organisation : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    public double HoursByDay { get; set; } = 8;

    public bool HasAvatar { get; set; }

    public bool UseOriginalFileName { get; set; }

    public bool TimesheetsLocked { get; set; }

    // ZOU: format_duration_in_hours is declared twice in Zou's model; it keeps the place of its first declaration.
    public bool FormatDurationInHours { get; set; }

    public bool HdByDefault { get; set; }

    public string? ChatTokenSlack { get; set; } = "";

    public string? ChatWebhookMattermost { get; set; } = "";

    public string? ChatTokenDiscord { get; set; } = "";

    public bool DarkThemeByDefault { get; set; }
}
