using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Studio.Domain.Persistence;

/// <summary>Stores a free-form JSON column (Zou's JSONB) as its JSON text; jsonb on PostgreSQL, TEXT on SQLite.</summary>
internal sealed class JsonNodeConverter() : ValueConverter<JsonNode?, string?>(
    v => v == null ? null : v.ToJsonString(null),
    v => v == null ? null : JsonNode.Parse(v, null, default));

/// <summary>Compares JSON columns by value so that in-place edits are detected.</summary>
internal sealed class JsonNodeComparer() : ValueComparer<JsonNode?>(
    (a, b) => JsonNode.DeepEquals(a, b),
    v => v == null ? 0 : v.ToJsonString(null).GetHashCode(StringComparison.Ordinal),
    v => v == null ? null : v.DeepClone());
