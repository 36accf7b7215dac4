using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/projects</c>: anyone lists (a non-admin sees the open projects whose team they are in), members
/// read, the admin creates, project managers update, and only a closed project can be deleted.
/// </summary>
public sealed class ProjectsCollection() : RuleCollection<Project>("projects")
{
    private static readonly HashSet<string> CreateProtected = new(StringComparer.Ordinal) { "id", "created_at", "updated_at", "project_template_id" };

    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal) { "id", "created_at", "updated_at", "project_id", "team" };

    public override IReadOnlySet<string> ProtectedOnUpdate => Protected;

    public override IReadOnlyList<ProjectReference<Project>> SameProjectReferences { get; } =
        [new("from_schedule_version_id", p => p.FromScheduleVersionId, ProjectOfId.ScheduleVersionAsync)];

    public override Guid? ProjectOf(Project row) => row.Id;

    public override Guid? ProjectOfDeleted(Project row) => null;

    /// <summary>
    /// Removes the project with its settings (team, task types, statuses, asset types, automations, backgrounds)
    /// and its event log. Productions with content (entities, tasks, playlists…) are refused by the database,
    /// unless <paramref name="force"/> asks for the full removal of everything the production holds.
    /// </summary>
    public override async Task DeleteAsync(CrudContext context, Project row, bool force, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var id = row.Id;
        if (force)
        {
            await CascadeDelete.RemoveAsync<Project>(db, [id], cancellationToken);
            return;
        }

        await db.Set<ProjectPersonLink>().Where(l => l.ProjectId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ProjectTaskTypeLink>().Where(l => l.ProjectId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ProjectTaskStatusLink>().Where(l => l.ProjectId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ProjectAssetTypeLink>().Where(l => l.ProjectId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ProjectStatusAutomationLink>().Where(l => l.ProjectId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ProjectPreviewBackgroundFileLink>().Where(l => l.ProjectId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Events.ApiEvent>().Where(e => e.ProjectId == id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(row);
    }

    public override IReadOnlySet<string> ProtectedOnCreate => CreateProtected;

    public override async Task BeforeCreateAsync(CrudContext context, Project row, JsonObject data, CancellationToken cancellationToken)
    {
        EnsureStyle(row, data);

        // ZOU: a new project is Open unless a status is given; the status is created on first use.
        row.ProjectStatusId ??= (await ProjectStatusesOf(context).OpenAsync(cancellationToken)).Id;
        if (data["project_template_id"] is { } template)
        {
            var id = Guid.TryParse(template.GetValueKind() == System.Text.Json.JsonValueKind.String ? template.GetValue<string>() : null, out var t)
                ? t : throw new WrongParameterException("Project template not found.");
            await ProjectSetup.ApplyTemplateAsync(context.Db, row, id, data.Select(p => p.Key).ToHashSet(StringComparer.Ordinal), cancellationToken);
        }

        await ProjectSetup.CopyProjectDescriptorsAsync(context.Db, row, cancellationToken);
        await ProjectSetup.EnsureFirstEpisodeAsync(context.Db, row, context.Actor.PersonId, cancellationToken);
    }

    public override Task BeforeUpdateAsync(CrudContext context, Project row, JsonObject data, CancellationToken cancellationToken)
    {
        EnsureStyle(row, data);
        return ProjectSetup.EnsureFirstEpisodeAsync(context.Db, row, context.Actor.PersonId, cancellationToken);
    }

    public override async Task CheckDeleteAsync(CrudContext context, Project row, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(context.Actor);
        var closed = await context.Db.Set<ProjectStatus>().AnyAsync(s => s.Id == row.ProjectStatusId && s.Name == ProjectStatusNames.Closed, cancellationToken);
        if (!closed)
        {
            throw new WrongParameterException("Only closed projects can be deleted");
        }
    }

    public override async Task ShapeAsync(CrudContext context, IReadOnlyList<(Project Row, JsonObject Json)> rows, CrudView view, CancellationToken cancellationToken)
    {
        if (view == CrudView.Written)
        {
            foreach (var (row, json) in rows.Where(r => r.Row.ProductionType == "tvshow"))
            {
                json["first_episode_id"] = (await ProjectSetup.FirstEpisodeIdAsync(context.Db, row, cancellationToken))?.ToString();
            }
        }

        if (view != CrudView.One)
        {
            return;
        }

        foreach (var (row, json) in rows)
        {
            json["project_status_name"] = await context.Db.Set<ProjectStatus>().Where(s => s.Id == row.ProjectStatusId)
                .Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        }
    }

    private static void EnsureStyle(Project row, JsonObject data)
    {
        if (data.ContainsKey("production_style") && !ZouChoices.ProjectStyles.Contains(row.ProductionStyle))
        {
            throw new WrongParameterException("Invalid production_style");
        }
    }

    private static ProjectStatuses ProjectStatusesOf(CrudContext context) => new(context.Db);
}
