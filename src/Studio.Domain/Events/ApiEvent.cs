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
}
