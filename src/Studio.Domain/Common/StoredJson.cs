using System.Globalization;
using System.Text.Json.Nodes;

namespace Studio.Domain.Common;

/// <summary>
/// How the studio writes values into its own JSON columns (a comment's replies, an event's payload), so that they read
/// like the rest of the data: ids as text, times in UTC to the second without a zone.
/// </summary>
internal static class StoredJson
{
    public static string Time(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    public static JsonArray Ids(IEnumerable<Guid> ids) => [.. ids.Select(id => (JsonNode?)id.ToString())];
}
