namespace Studio.Web.Components.Models;

/// <summary>A comment's text cut into plain runs and mentions (<c>@Jane Doe</c> of a mentioned person, <c>@Modeling</c> of a department).</summary>
public static class CommentText
{
    public readonly record struct Run(string Text, bool IsMention);

    public static IReadOnlyList<Run> Runs(string text, IEnumerable<string> mentionedNames)
    {
        var names = mentionedNames.Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length).ToList();
        var runs = new List<Run>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var name = text[i] == '@' ? names.FirstOrDefault(n => string.Compare(text, i + 1, n, 0, n.Length, StringComparison.OrdinalIgnoreCase) == 0) : null;
            if (name is null)
            {
                i++;
                continue;
            }

            if (i > start)
            {
                runs.Add(new Run(text[start..i], false));
            }

            runs.Add(new Run(text.Substring(i, name.Length + 1), true));
            i += name.Length + 1;
            start = i;
        }

        if (start < text.Length)
        {
            runs.Add(new Run(text[start..], false));
        }

        return runs;
    }
}
