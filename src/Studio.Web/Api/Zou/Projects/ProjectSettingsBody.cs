using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Projects;

namespace Studio.Web.Api.Zou.Projects;

/// <summary>
/// Reads the bodies of a production's settings routes, checked as Zou's schemas check them: a missing field is
/// "Validation error." with "Field required" (an absent body counts as an empty one). ZOU: Zou looks a malformed id
/// up as it is and fails with a server error; it is a 400 "Malformed ID." here.
/// </summary>
public static class ProjectSettingsBody
{
    private static readonly BodySchema TaskTypeSchema = new BodySchema().Field("task_type_id", BodyField.Name, required: true).Field("priority", BodyField.WholeNumber);

    private static readonly BodySchema ReplaceSchema = new BodySchema().Field("replace_task_types", BodyField.Boolean);

    /// <summary><c>{task_type_id, priority}</c>. ZOU: a task type id that is not a UUID has its own message.</summary>
    public static TaskTypeSetting TaskType(JsonObject body)
    {
        TaskTypeSchema.Validate(body);
        return Setting(body, id => Guid.TryParse(id, out var parsed) ? parsed : throw new WrongParameterException("task_type_id is required and must be a valid UUID"));
    }

    /// <summary>The one id the other settings routes take, under <paramref name="key"/>.</summary>
    public static Guid Id(JsonObject body, string key)
    {
        new BodySchema().Field(key, BodyField.Name, required: true).Validate(body);
        return Ids.Parse(body[key]!.GetValue<string>());
    }

    /// <summary>
    /// The batch, <c>{task_types: [{task_type_id, priority}], task_status_ids, asset_type_ids, replace_task_types}</c>,
    /// every key optional; each failing field is listed by its path (<c>task_types.0.task_type_id</c>).
    /// </summary>
    public static ProjectSettingsBatch Batch(JsonObject body)
    {
        var errors = new List<FieldError>();
        var taskTypes = List(body, "task_types", errors);
        for (var i = 0; i < taskTypes.Count; i++)
        {
            if (taskTypes[i] is JsonObject entry)
            {
                errors.AddRange(TaskTypeSchema.Errors(entry, $"task_types.{i}."));
            }
            else
            {
                errors.Add(new FieldError($"task_types.{i}", "Input should be a valid dictionary or instance of ProjectTaskTypeSchema"));
            }
        }

        var statuses = Strings(body, "task_status_ids", errors);
        var assetTypes = Strings(body, "asset_type_ids", errors);
        // A null is no boolean: the flag has a default, but is not optional.
        if (body.TryGetPropertyValue("replace_task_types", out var replace) && replace is null)
        {
            errors.Add(new FieldError("replace_task_types", "Input should be a valid boolean"));
        }

        errors.AddRange(ReplaceSchema.Errors(body));
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        return new ProjectSettingsBatch(
            [.. taskTypes.Select(t => Setting(t!.AsObject(), Ids.Parse))],
            [.. statuses.Select(Ids.Parse)],
            [.. assetTypes.Select(Ids.Parse)],
            body["replace_task_types"]?.GetValue<bool>() ?? false);
    }

    private static TaskTypeSetting Setting(JsonObject entry, Func<string, Guid> parse) =>
        new(parse(entry["task_type_id"]!.GetValue<string>()), entry["priority"]?.GetValue<int>());

    /// <summary>The items of a list field (none when it is absent); anything else, null included, is an error.</summary>
    private static List<JsonNode?> List(JsonObject body, string key, List<FieldError> errors)
    {
        if (!body.TryGetPropertyValue(key, out var value))
        {
            return [];
        }

        if (value is JsonArray list)
        {
            return [.. list];
        }

        errors.Add(new FieldError(key, "Input should be a valid list"));
        return [];
    }

    private static List<string> Strings(JsonObject body, string key, List<FieldError> errors)
    {
        var items = List(body, key, errors);
        var strings = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                strings.Add(value.GetValue<string>());
            }
            else
            {
                errors.Add(new FieldError($"{key}.{i}", "Input should be a valid string"));
            }
        }

        return strings;
    }
}
