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

    public override async Task BeforeCreateAsync(CrudContext context, Project row, CrudChanges<Project> changes, CancellationToken cancellationToken)
    {
        EnsureStyle(row, changes);

        // ZOU: a new project is Open unless a status is given; the status is created on first use.
        row.ProjectStatusId ??= (await ProjectStatusesOf(context).OpenAsync(cancellationToken)).Id;
        if (changes.ValueOf("project_template_id") is Guid template)
        {
            await ProjectSetup.ApplyTemplateAsync(context.Db, row, template, changes.Keys.ToHashSet(StringComparer.Ordinal), cancellationToken);
        }

        await ProjectSetup.CopyProjectDescriptorsAsync(context.Db, row, cancellationToken);
        await ProjectSetup.EnsureFirstEpisodeAsync(context.Db, row, context.Actor.PersonId, cancellationToken);
    }

    public override Task BeforeUpdateAsync(CrudContext context, Project row, CrudChanges<Project> changes, CancellationToken cancellationToken)
    {
        EnsureStyle(row, changes);
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

    /// <summary>ZOU: a single read adds the name of the project's status; a written TV show its first episode.</summary>
    public override async Task<IReadOnlyList<CrudRow<Project>>> DescribeAsync(CrudContext context, IReadOnlyList<CrudRow<Project>> rows, CrudView view, CancellationToken cancellationToken)
    {
        var described = new List<CrudRow<Project>>(rows.Count);
        foreach (var row in rows)
        {
            var project = row.Row;
            described.Add(view switch
            {
                CrudView.One => row with
                {
                    Extras = new ProjectStatusName(await context.Db.Set<ProjectStatus>().Where(s => s.Id == project.ProjectStatusId)
                        .Select(s => s.Name).FirstOrDefaultAsync(cancellationToken)),
                },
                CrudView.Written when project.ProductionType == "tvshow" =>
                    row with { Extras = new ProjectFirstEpisode(await ProjectSetup.FirstEpisodeIdAsync(context.Db, project, cancellationToken)) },
                _ => row,
            });
        }

        return described;
    }

    private static void EnsureStyle(Project row, CrudChanges<Project> changes)
    {
        if (changes.Contains("production_style") && !ZouChoices.ProjectStyles.Contains(row.ProductionStyle))
        {
            throw new WrongParameterException("Invalid production_style");
        }
    }

    private static ProjectStatuses ProjectStatusesOf(CrudContext context) => new(context.Db);
}
