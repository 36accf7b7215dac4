using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Events;

/// <summary>A stored event (<c>&lt;model&gt;:new</c>, <c>:update</c>, <c>:delete</c>…) with its data, as sent to live clients.</summary>
public class ApiEvent : ZouEntity
{
    public string Name { get; set; } = "";

    public Guid? UserId { get; set; }

    public Guid? ProjectId { get; set; }

    public JsonNode? Data { get; set; }

    /// <summary>The id the payload gives under <paramref name="key"/> (<c>task_id</c>…), if it gives one.</summary>
    public Guid? IdOf(string key) => Guid.TryParse(TextOf(key), out var id) ? id : null;

    /// <summary>The text the payload gives under <paramref name="key"/>, if any.</summary>
    public string? TextOf(string key) => Data?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The whole number the payload gives under <paramref name="key"/> (a progress…), if any.</summary>
    public int? NumberOf(string key) => Data?[key] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;
}
