using System.Globalization;

namespace Studio.Web.Components.Models;

/// <summary>How the screens write dates.</summary>
public static class Dates
{
    /// <summary>A day as <c>2026-01-31</c> (a due date, a start date), or nothing.</summary>
    public static string? Day(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
