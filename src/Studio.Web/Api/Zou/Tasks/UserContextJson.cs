using System.Text.Json.Nodes;
using Studio.Domain.Tasks;
using Studio.Web.Api.Zou.Persons;

namespace Studio.Web.Api.Zou.Tasks;

/// <summary>Zou's shape of <c>/data/user/context</c>.</summary>
public static class UserContextJson
{
    /// <summary>
    /// The context's keys in Zou's order, the asset types and saved searches (read by their own services) in their
    /// places, and the user limit last, for admins.
    /// </summary>
    public static JsonObject Context(UserContext context, JsonArray assetTypes, JsonObject searchFilters, JsonObject searchFilterGroups)
    {
        var json = new JsonObject
        {
            ["asset_types"] = assetTypes,
            ["custom_actions"] = TaskJson.Rows(context.CustomActions),
            ["status_automations"] = TaskJson.Rows(context.StatusAutomations),
            ["departments"] = TaskJson.Rows(context.Departments),
            ["studios"] = TaskJson.Rows(context.Studios),
            ["notification_count"] = context.NotificationCount,
            ["persons"] = new JsonArray([.. context.Persons.Select(p => (JsonNode?)Person(p, context.FullPersons))]),
            ["project_status"] = TaskJson.Rows(context.ProjectStatuses),
            ["project_roles"] = Roles(context),
            ["projects"] = new JsonArray([.. context.Projects.Select(p => (JsonNode?)Project(p))]),
            ["task_types"] = TaskJson.Rows(context.TaskTypes),
            ["task_status"] = TaskJson.Rows(context.TaskStatuses),
            ["search_filters"] = searchFilters,
            ["search_filter_groups"] = searchFilterGroups,
            ["preview_background_files"] = TaskJson.Rows(context.PreviewBackgroundFiles),
            ["plugins"] = TaskJson.Rows(context.Plugins),
        };
        if (context.UserLimit is { } limit)
        {
            json["user_limit"] = limit;
        }

        return json;
    }

    /// <summary>ZOU: a person with their departments before <c>studio_id</c>; the minimal view (<c>present_minimal</c>) unless in full.</summary>
    private static JsonObject Person(PersonWithDepartments person, bool full)
    {
        var json = WithRelations(ZouSerializer.Serialize(person.Person), new Dictionary<string, List<Guid>> { ["departments"] = [.. person.Departments] }, before: "studio_id");
        return full ? json : PersonJson.Minimal(json);
    }

    private static JsonObject Roles(UserContext context)
    {
        var roles = new JsonObject();
        foreach (var link in context.ProjectRoles)
        {
            roles[link.ProjectId.ToString()] = link.Role;
        }

        return roles;
    }

    /// <summary>An open production: its relations before its id, then its descriptors, task type priorities and task status links.</summary>
    private static JsonObject Project(OpenProject project)
    {
        var json = WithRelations(ZouSerializer.Serialize(project.Project), project.Relations, before: "id");
        json["descriptors"] = new JsonArray([.. project.Descriptors.Select(d => (JsonNode?)new JsonObject
        {
            ["id"] = d.Descriptor.Id.ToString(),
            ["name"] = d.Descriptor.Name,
            ["field_name"] = d.Descriptor.FieldName,
            ["data_type"] = d.Descriptor.DataType,
            ["choices"] = d.Descriptor.Choices?.DeepClone(),
            ["for_client"] = d.Descriptor.ForClient,
            ["entity_type"] = d.Descriptor.EntityType,
            ["departments"] = ZouSerializer.IdList(d.Departments),
        })]);
        var priority = new JsonObject();
        foreach (var link in project.TaskTypePriorities)
        {
            priority[link.TaskTypeId.ToString()] = link.Priority;
        }

        var statusLinks = new JsonObject();
        foreach (var link in project.TaskStatusLinks)
        {
            statusLinks[link.TaskStatusId.ToString()] = new JsonObject { ["priority"] = link.Priority, ["roles_for_board"] = ZouSerializer.ToJson(link.RolesForBoard) };
        }

        json["task_types_priority"] = priority;
        json["task_statuses_link"] = statusLinks;
        return json;
    }

    /// <summary>ZOU's serialize with relations: the relation id lists sit in the model's order, before <paramref name="before"/>.</summary>
    private static JsonObject WithRelations(JsonObject columns, IReadOnlyDictionary<string, List<Guid>> relations, string before)
    {
        var json = new JsonObject();
        foreach (var (key, value) in columns)
        {
            if (key == before)
            {
                foreach (var (name, ids) in relations)
                {
                    json[name] = ZouSerializer.IdList(ids);
                }
            }

            json[key] = value?.DeepClone();
        }

        return json;
    }
}
