namespace Studio.Web.Components.Models;

/// <summary>
/// Kitsu's list search language, the part studios use every day: plain words match the entity's name (or its
/// parent's), <c>-word</c> excludes, <c>type=Character</c> (or <c>sequence=sq01</c>) keeps one parent,
/// <c>modeling=wip</c> or <c>modeling=wip,wfa</c> keeps the entities whose task of that type has one of the statuses
/// (<c>=-wip</c> excludes it), <c>modeling=assigned</c> / <c>unassigned</c>, and <c>assignedto=[Jane Doe]</c>.
/// Square brackets hold values with spaces. All terms must match.
/// </summary>
public sealed class EntitySearch
{
    private readonly List<Func<EntityRow, bool>> terms = [];

    private EntitySearch()
    {
    }

    public bool IsEmpty => terms.Count == 0;

    public static EntitySearch Parse(string? text, Catalog catalog, IEnumerable<TaskTypeView> columns)
    {
        var search = new EntitySearch();
        var types = columns.ToList();
        foreach (var token in Tokens(text ?? ""))
        {
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                var negate = token.StartsWith('-') && token.Length > 1;
                var word = negate ? token[1..] : token;
                search.terms.Add(r => Matches(r, word) != negate);
                continue;
            }

            var key = token[..equals].Trim();
            var value = token[(equals + 1)..].Trim().Trim('[', ']');
            search.terms.Add(Term(key, value, catalog, types));
        }

        return search;
    }

    public IEnumerable<EntityRow> Apply(IEnumerable<EntityRow> rows) => IsEmpty ? rows : rows.Where(r => terms.TrueForAll(t => t(r)));

    private static bool Matches(EntityRow row, string word) =>
        row.Name.Contains(word, StringComparison.OrdinalIgnoreCase) || (row.Parent?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false);

    private static Func<EntityRow, bool> Term(string key, string value, Catalog catalog, List<TaskTypeView> types)
    {
        var negate = value.StartsWith('-');
        var values = (negate ? value[1..] : value).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (key.Equals("type", StringComparison.OrdinalIgnoreCase) || key.Equals("sequence", StringComparison.OrdinalIgnoreCase))
        {
            return r => values.Any(v => string.Equals(r.Parent, v, StringComparison.OrdinalIgnoreCase)) != negate;
        }

        if (key.Equals("assignedto", StringComparison.OrdinalIgnoreCase))
        {
            var people = catalog.Persons.Values.Where(p => values.Any(v => p.FullName.Equals(v, StringComparison.OrdinalIgnoreCase))).Select(p => p.Id).ToHashSet();
            return r => r.Tasks.Values.Any(t => t.Assignees.Any(people.Contains)) != negate;
        }

        var type = types.FirstOrDefault(t => t.Name.Equals(key, StringComparison.OrdinalIgnoreCase) || (t.ShortName?.Equals(key, StringComparison.OrdinalIgnoreCase) ?? false));
        if (type is null)
        {
            // An unknown key matches nothing, as in Kitsu: the user sees at once that the term is wrong.
            return _ => false;
        }

        if (values is ["assigned"] or ["unassigned"])
        {
            var assigned = values[0] == "assigned";
            return r => r.Tasks.TryGetValue(type.Id, out var t) && (t.Assignees.Count > 0) == assigned;
        }

        return r => r.Tasks.TryGetValue(type.Id, out var t) && values.Any(v => t.Status.ShortName.Equals(v, StringComparison.OrdinalIgnoreCase)) != negate;
    }

    /// <summary>Splits on spaces, keeping <c>[…]</c> together.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var current = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (char.IsWhiteSpace(c) && depth <= 0)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                }

                current.Clear();
                depth = 0;
                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
