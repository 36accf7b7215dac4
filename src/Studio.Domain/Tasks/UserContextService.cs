using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.SearchFilters;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>
/// ZOU <c>GET /data/user/context</c>: everything the client loads at sign-in, in one payload, scoped to
/// the caller (their open productions, their filters, people as minimal dicts unless they are a manager).
/// </summary>
public sealed class UserContextService(IDbContextFactory<StudioDbContext> factory, BreakdownQueries breakdown, IOptions<StudioOptions> options)
{
    public async Task<JsonObject> ContextAsync(Actor actor, CancellationToken cancellationToken)
    {
        var assetTypes = await breakdown.AssetTypesAsync(actor, null, null, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        var context = new JsonObject
        {
            ["asset_types"] = assetTypes,
            ["custom_actions"] = await AllAsync<CustomAction>(db, cancellationToken),
            ["status_automations"] = await AllAsync<StatusAutomation>(db, cancellationToken),
            ["departments"] = await AllAsync<Department>(db, cancellationToken),
            ["studios"] = await AllAsync<ProductionStudio>(db, cancellationToken),
            ["notification_count"] = await db.Set<Notification>().CountAsync(n => n.PersonId == me && !n.Read, cancellationToken),
            ["persons"] = await PersonsAsync(db, actor, cancellationToken),
            ["project_status"] = await AllAsync<ProjectStatus>(db, cancellationToken),
            ["project_roles"] = await ProjectRolesAsync(db, me, cancellationToken),
            ["projects"] = await ProjectsAsync(db, actor, cancellationToken),
            ["task_types"] = await AllAsync<TaskType>(db, cancellationToken),
            ["task_status"] = await AllAsync<ProductionTaskStatus>(db, cancellationToken),
            ["search_filters"] = await UserFiltersService.MapAsync<SearchFilters.SearchFilter>(db, actor, cancellationToken),
            ["search_filter_groups"] = await UserFiltersService.MapAsync<SearchFilterGroup>(db, actor, cancellationToken),
            ["preview_background_files"] = await AllAsync<PreviewBackgroundFile>(db, cancellationToken),
            ["plugins"] = await AllAsync<Plugins.Plugin>(db, cancellationToken),
        };
        if (actor.IsAdmin)
        {
            context["user_limit"] = options.Value.UserLimit;
        }

        return context;
    }

    private static async Task<JsonArray> AllAsync<T>(StudioDbContext db, CancellationToken cancellationToken)
        where T : class, IZouEntity
    {
        var rows = await db.Set<T>().AsNoTracking().OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (JsonNode?)ZouSerializer.Serialize(r))];
    }

    /// <summary>ZOU: every person with their departments; managers get the safe dict, the others <c>present_minimal</c>.</summary>
    private static async Task<JsonArray> PersonsAsync(StudioDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var persons = await db.Set<Person>().AsNoTracking().OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var departments = (await db.Set<DepartmentLink>().AsNoTracking().ToListAsync(cancellationToken)).ToLookup(l => l.PersonId, l => l.DepartmentId);
        return [.. persons.Select(p =>
        {
            var json = WithRelations(ZouSerializer.Serialize(p), new() { ["departments"] = [.. departments[p.Id]] }, before: "studio_id");
            return (JsonNode?)(actor.IsManager ? json : PersonsService.MinimalDict(json));
        })];
    }

    private static async Task<JsonObject> ProjectRolesAsync(StudioDbContext db, Guid me, CancellationToken cancellationToken)
    {
        var links = await db.Set<ProjectPersonLink>().AsNoTracking().Where(l => l.PersonId == me && l.Role != null).ToListAsync(cancellationToken);
        var roles = new JsonObject();
        foreach (var link in links)
        {
            roles[link.ProjectId.ToString()] = link.Role;
        }

        return roles;
    }

    /// <summary>
    /// ZOU <c>get_open_projects</c>: the caller's open productions (all of them for an admin) with their relations,
    /// metadata descriptors (a client's: those shown to clients), task type priorities and task status links.
    /// </summary>
    private static async Task<JsonArray> ProjectsAsync(StudioDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var open = db.Set<Project>().AsNoTracking().Where(p => db.Set<ProjectStatus>().Any(s => s.Id == p.ProjectStatusId && s.Name == ProjectStatusNames.Open));
        if (!actor.IsAdmin)
        {
            var team = (await new ProjectAccess(db, actor).TeamProjectIdsAsync(cancellationToken)).OfType<Guid>().ToList();
            open = open.Where(p => team.Contains(p.Id));
        }

        var projects = await open.OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var ids = projects.Select(p => p.Id).ToList();
        var links = await CrudRelations.LoadAsync(db, ZouModel.For<Project>(), ids, cancellationToken);
        var descriptors = (await db.Set<MetadataDescriptor>().AsNoTracking().Where(d => ids.Contains(d.ProjectId)).OrderBy(d => d.Position).ThenBy(d => d.Name)
            .Select(d => new { Descriptor = d, Departments = db.Set<DepartmentMetadataDescriptorLink>().Where(l => l.MetadataDescriptorId == d.Id).Select(l => l.DepartmentId).ToList() })
            .ToListAsync(cancellationToken)).Where(d => !actor.IsClient || d.Descriptor.ForClient).ToLookup(d => d.Descriptor.ProjectId);
        var priorities = (await db.Set<ProjectTaskTypeLink>().AsNoTracking().Where(l => ids.Contains(l.ProjectId)).ToListAsync(cancellationToken)).ToLookup(l => l.ProjectId);
        var statuses = (await db.Set<ProjectTaskStatusLink>().AsNoTracking().Where(l => ids.Contains(l.ProjectId)).ToListAsync(cancellationToken)).ToLookup(l => l.ProjectId);
        var result = new JsonArray();
        foreach (var project in projects)
        {
            var json = WithRelations(ZouSerializer.Serialize(project), links[project.Id], before: "id");
            json["descriptors"] = new JsonArray([.. descriptors[project.Id].Select(d => (JsonNode?)new JsonObject
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
            foreach (var link in priorities[project.Id])
            {
                priority[link.TaskTypeId.ToString()] = link.Priority;
            }

            var statusLinks = new JsonObject();
            foreach (var link in statuses[project.Id])
            {
                statusLinks[link.TaskStatusId.ToString()] = new JsonObject { ["priority"] = link.Priority, ["roles_for_board"] = ZouSerializer.ToJson(link.RolesForBoard) };
            }

            json["task_types_priority"] = priority;
            json["task_statuses_link"] = statusLinks;
            result.Add(json);
        }

        return result;
    }

    /// <summary>ZOU's serialize with relations: the relation id lists sit in the model's order, before <paramref name="before"/>.</summary>
    private static JsonObject WithRelations(JsonObject columns, Dictionary<string, List<Guid>> relations, string before)
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
