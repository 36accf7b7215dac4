namespace Studio.Domain.Persons;

/// <summary>
/// How a person likes Studio's own UI (Studio's table, not Zou's; the API does not show it): one row per person who
/// chose something other than the organisation's defaults.
/// </summary>
public class PersonPreferences
{
    public Guid PersonId { get; set; }

    /// <summary>The dark theme, chosen with the app bar's switch.</summary>
    public bool DarkTheme { get; set; }

    public DateTime UpdatedAt { get; set; }
}
