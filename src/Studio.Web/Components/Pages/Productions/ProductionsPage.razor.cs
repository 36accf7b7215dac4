using MudBlazor;
using Studio.Web.Components.Models;

namespace Studio.Web.Components.Pages.Productions;

/// <summary>The list's filter box and the creation dialog's options (UI only; the page's data stays in its @code).</summary>
public partial class ProductionsPage
{
    private static readonly DialogOptions NewProductionOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private string? filter;

    private bool Matches(ProductionView production) =>
        string.IsNullOrWhiteSpace(filter) || production.Name.Contains(filter.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string ChoiceText(IReadOnlyList<Choice> choices, string value) => choices.FirstOrDefault(c => c.Value == value)?.Text ?? value;
}
