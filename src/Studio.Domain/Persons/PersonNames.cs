namespace Studio.Domain.Persons;

/// <summary>
/// The locale and time-zone names a person may have: those Zou's libraries accept (Babel parses the locale, pytz
/// knows the time zone), shipped as two embedded lists. Both are matched whatever the case and answer the name as
/// the list spells it. .NET's own data cannot stand in: with invariant globalization no culture exists, and without
/// it ICU makes up a culture for any well-formed name (<c>zz-ZZ</c>); the system time zones depend on the host and
/// include names pytz lacks (<c>localtime</c>, <c>right/…</c>).
/// </summary>
public static class PersonNames
{
    private static readonly Dictionary<string, string> Locales = Load("Locales.txt");

    private static readonly Dictionary<string, string> Timezones = Load("Timezones.txt");

    /// <summary>The locale as Babel spells it (<c>fr_fr</c> is <c>fr_FR</c>), or null when Babel does not know it.
    /// Babel separates the parts with an underscore: <c>fr-FR</c> is not a locale.</summary>
    public static string? Locale(string name) => Locales.GetValueOrDefault(name.Trim());

    /// <summary>The time zone as pytz spells it (<c>europe/paris</c> is <c>Europe/Paris</c>), or null when unknown.</summary>
    public static string? Timezone(string name) => Timezones.GetValueOrDefault(name);

    private static Dictionary<string, string> Load(string file)
    {
        using var stream = typeof(PersonNames).Assembly.GetManifestResourceStream("Studio.Domain.Persons." + file)
            ?? throw new InvalidOperationException($"{file} is not embedded in Studio.Domain.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                names[name] = name;
            }
        }

        return names;
    }
}
