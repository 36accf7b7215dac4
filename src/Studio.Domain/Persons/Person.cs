using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Studio.Domain.Common;

namespace Studio.Domain.Persons;

/// <summary>
/// A person (Zou's <c>person</c> table) and the ASP.NET Core Identity user: one store for the UI and the API.
/// Zou's columns are declared here in Zou's order; Identity's own columns (password hash, security stamp,
/// lock-out) are inherited and never serialized.
/// </summary>
[Relation("departments", typeof(DepartmentLink), nameof(DepartmentLink.PersonId), nameof(DepartmentLink.DepartmentId), After = "ldap_uid")]
public class Person : IdentityUser<Guid>, IZouEntity
{
    [ZouRequired]
    public string FirstName { get; set; } = "";

    [ZouRequired]
    public string LastName { get; set; } = "";

    public override string? Email { get; set; }

    public string? Phone { get; set; } = "";

    public string? Country { get; set; }

    public string ContractType { get; set; } = "open-ended";

    public bool Active { get; set; } = true;

    public bool Archived { get; set; }

    public DateOnly? LastPresence { get; set; }

    public string? DesktopLogin { get; set; } = "";

    public bool TotpEnabled { get; set; }

    public bool EmailOtpEnabled { get; set; }

    public bool FidoEnabled { get; set; }

    public string? PreferredTwoFactorAuthentication { get; set; }

    public int? ShotgunId { get; set; }

    public string? Timezone { get; set; } = "Europe/Paris";

    public string? Locale { get; set; } = "en_US";

    // ZOU: the column is use_12_hour_clock; snake_case of the property name would lose the underscore before 12.
    [ZouName("use_12_hour_clock")]
    public bool Use12HourClock { get; set; }

    public string? DisplayDateFormat { get; set; } = "YYYY-MM-DD";

    public JsonNode? Data { get; set; }

    public string Role { get; set; } = Roles.User;

    public string? Position { get; set; } = "artist";

    public string? Seniority { get; set; } = "mid";

    public int? DailySalary { get; set; } = 0;

    public bool HasAvatar { get; set; }

    public bool NotificationsEnabled { get; set; }

    public bool NotificationsSlackEnabled { get; set; }

    public string? NotificationsSlackUserid { get; set; } = "";

    public bool NotificationsMattermostEnabled { get; set; }

    public string? NotificationsMattermostUserid { get; set; } = "";

    public bool NotificationsDiscordEnabled { get; set; }

    public string? NotificationsDiscordUserid { get; set; } = "";

    public bool IsBot { get; set; }

    public bool IsGuest { get; set; }

    /// <summary>The id of the only valid API token of a bot or API person (Zou's <c>person.jti</c>).</summary>
    [Sensitive]
    public string? Jti { get; set; }

    public DateOnly? ExpirationDate { get; set; }

    public bool IsGeneratedFromLdap { get; set; }

    public string? LdapUid { get; set; }

    public Guid? StudioId { get; set; }

    /// <summary>Zou's hybrid property <c>full_name</c>: not a column.</summary>
    public string FullName => FullNameOf(FirstName, LastName);

    /// <summary>ZOU: a full name is the first name, a space and the last name.</summary>
    public static string FullNameOf(string firstName, string lastName) => $"{firstName} {lastName}";

    public override Guid Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
