using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.SearchFilters;

namespace Studio.Web.Api.Zou.SearchFilters;

/// <summary>
/// Reads the bodies of the saved-search routes through Zou's request schemas: every field checked, all failures
/// answered together, accepted values normalised (<c>"yes"</c> for a flag is true).
/// </summary>
public static class SearchFilterBody
{
    private static readonly BodySchema FilterSchema = new BodySchema()
        .Field("name", BodyField.Name, required: true).Field("query", BodyField.Name, required: true).Field("list_type", BodyField.Text)
        .Field("project_id", BodyField.Text).Field("entity_type", BodyField.Text).Field("is_shared", BodyField.Boolean)
        .Field("search_filter_group_id", BodyField.Text).Field("department_id", BodyField.Text);

    private static readonly BodySchema FilterUpdateSchema = new BodySchema()
        .Field("name", BodyField.Text).Field("search_query", BodyField.Text).Field("search_filter_group_id", BodyField.Text)
        .Field("is_shared", BodyField.Boolean).Field("project_id", BodyField.Text).Field("department_id", BodyField.Text);

    private static readonly BodySchema GroupSchema = new BodySchema()
        .Field("name", BodyField.Name, required: true).Field("color", BodyField.Text).Field("list_type", BodyField.Text)
        .Field("project_id", BodyField.Text).Field("is_shared", BodyField.Boolean).Field("entity_type", BodyField.Text).Field("department_id", BodyField.Text);

    private static readonly BodySchema GroupUpdateSchema = new BodySchema()
        .Field("name", BodyField.Text).Field("color", BodyField.Text).Field("is_shared", BodyField.Boolean)
        .Field("project_id", BodyField.Text).Field("department_id", BodyField.Text);

    /// <summary>ZOU: the search is sent as <c>query</c> (and stored as <c>search_query</c>).</summary>
    public static SearchFilterDraft Filter(JsonObject body)
    {
        FilterSchema.Validate(body);
        return new SearchFilterDraft(Text(body, "name")!, Text(body, "query")!, Text(body, "list_type"), Text(body, "entity_type"),
            Id(body, "project_id"), Id(body, "department_id"), Id(body, "search_filter_group_id"), Shared(body));
    }

    /// <summary>ZOU: a change sends the search as <c>search_query</c>.</summary>
    public static SearchFilterChanges FilterChanges(JsonObject body)
    {
        FilterUpdateSchema.Validate(body);
        return new SearchFilterChanges(Text(body, "name"), Text(body, "search_query"), Shared(body),
            Change(body, "project_id"), Change(body, "department_id"), Change(body, "search_filter_group_id"));
    }

    public static SearchFilterGroupDraft Group(JsonObject body)
    {
        GroupSchema.Validate(body);
        return new SearchFilterGroupDraft(Text(body, "name")!, Text(body, "color"), Text(body, "list_type"), Text(body, "entity_type"),
            Id(body, "project_id"), Id(body, "department_id"), Shared(body));
    }

    public static SearchFilterGroupChanges GroupChanges(JsonObject body)
    {
        GroupUpdateSchema.Validate(body);
        return new SearchFilterGroupChanges(Text(body, "name"), Text(body, "color"), Shared(body), Change(body, "project_id"), Change(body, "department_id"));
    }

    private static string? Text(JsonObject body, string key) => body[key] is JsonValue v ? v.GetValue<string>() : null;

    private static bool? Shared(JsonObject body) => body["is_shared"] is JsonValue v ? v.GetValue<bool>() : null;

    /// <summary>A sent key sets the link, to nothing for an empty id; an absent one leaves it.</summary>
    private static IdChange? Change(JsonObject body, string key) => body.ContainsKey(key) ? new IdChange(Id(body, key)) : null;

    /// <summary>ZOU: an empty id, <c>"None"</c> or <c>"null"</c> (as Python clients write nothing) is no link.</summary>
    private static Guid? Id(JsonObject body, string key) =>
        Text(body, key) is { Length: > 0 } text && text is not ("None" or "null")
            ? Guid.TryParse(text, out var id) ? id : throw new WrongParameterException($"Invalid {key}.")
            : null;
}
