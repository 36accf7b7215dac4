using System.Collections;
using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Events;

/// <summary>
/// What an event says about its change: the ids of the rows it touched and a few values (a new status, a flag), under
/// the names live clients read (<c>task_id</c>, <c>new_task_status_id</c>). Ids (alone or in lists) are written as
/// text, times in UTC.
/// </summary>
public sealed class EventData : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly List<KeyValuePair<string, object?>> items = [];

    public object? this[string key]
    {
        get => items.FirstOrDefault(i => i.Key == key).Value;
        set
        {
            var index = items.FindIndex(i => i.Key == key);
            if (index >= 0)
            {
                items[index] = new(key, value);
            }
            else
            {
                items.Add(new(key, value));
            }
        }
    }

    public bool ContainsKey(string key) => items.Exists(i => i.Key == key);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The stored form of the payload (the event row's JSON column).</summary>
    internal JsonObject ToStored()
    {
        var json = new JsonObject();
        foreach (var (key, value) in items)
        {
            json[key] = value switch
            {
                null => null,
                Guid id => id.ToString(),
                string text => text,
                bool flag => flag,
                int number => number,
                long number => number,
                double number => number,
                DateTime time => StoredJson.Time(time),
                EventData nested => nested.ToStored(),
                IEnumerable<Guid> ids => StoredJson.Ids(ids),
                _ => throw new InvalidOperationException($"An event cannot carry a {value.GetType().Name}."),
            };
        }

        return json;
    }
}
