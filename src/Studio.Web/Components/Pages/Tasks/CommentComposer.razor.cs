using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;

namespace Studio.Web.Components.Pages.Tasks;

/// <summary>The composer's UI helpers: the mention search, the chosen preview as a list, and Ctrl+Enter.</summary>
public partial class CommentComposer
{
    private IReadOnlyList<IBrowserFile> PreviewFiles => preview is null ? [] : [preview];

    private Task<IEnumerable<string>> SearchMentions(string? search, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<string>>([.. MentionChoices
            .Where(name => string.IsNullOrWhiteSpace(search) || name.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.OrdinalIgnoreCase)]);

    /// <summary>Ctrl+Enter (or Cmd+Enter) posts, as in Kitsu.</summary>
    private Task PostOnCtrlEnterAsync(KeyboardEventArgs e) =>
        e.Key == "Enter" && (e.CtrlKey || e.MetaKey) && !busy ? PostAsync() : Task.CompletedTask;
}
