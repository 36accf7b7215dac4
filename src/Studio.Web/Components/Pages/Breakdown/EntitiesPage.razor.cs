using Studio.Web.Components.Models;

namespace Studio.Web.Components.Pages.Breakdown;

/// <summary>The list page's UI helpers (the data and its filters stay in the page's @code).</summary>
public partial class EntitiesPage
{
    /// <summary>The name a drop-down shows for its chosen id.</summary>
    private static string NameOf(IEnumerable<NamedView> choices, Guid? id) => choices.FirstOrDefault(c => c.Id == id)?.Name ?? "";
}
