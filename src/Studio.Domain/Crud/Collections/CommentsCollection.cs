using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Tasks;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/comments</c>: admin lists and creates (comments are posted through the task routes); a comment is read
/// by whoever finds it whole in its task's comment list (<see cref="CommentVisibility"/>: a client not the studio's
/// internal comments, a vendor only on the tasks it may read, an artist not the clients' comments); a PUT follows Zou's per-field rule: managers change anything, the author their own comment, others only
/// <c>pinned</c> (supervisors of the department) and the <c>checked</c> flags of the checklist. Every PUT records
/// the editor, re-reads the mentions, and a status change recomputes the task from its history.
/// </summary>
public sealed class CommentsCollection : RuleCollection<Comment>
{
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal)
    {
        "id", "created_at", "updated_at", "project_id", "person_id", "object_id", "object_type", "editor_id",
    };

    public CommentsCollection()
        : base("comments")
    {
        Read = Who.ProjectMember;
        Projects = ProjectRowsOf.CommentTask();
    }

    public override IReadOnlySet<string> ProtectedOnUpdate => Protected;

    public override IReadOnlyList<ProjectReference<Comment>> SameProjectReferences { get; } =
        [new("preview_file_id", c => c.PreviewFileId, ProjectOfId.PreviewFileAsync)];

    public override async Task CheckReadAsync(CrudContext context, Comment row, CancellationToken cancellationToken)
    {
        if (!context.Actor.IsAdmin)
        {
            await CommentVisibility.EnsureReadableAsync(context.Db, context.Actor, row, cancellationToken);
        }
    }

    public override async Task CheckUpdateAsync(CrudContext context, Comment row, CrudChanges<Comment> changes, CancellationToken cancellationToken)
    {
        if (context.Actor.IsAdmin)
        {
            return;
        }

        // The PUT answers with the whole comment: whoever may not read it may not change it either.
        await CheckReadAsync(context, row, cancellationToken);

        var task = await TaskOfAsync(context, row, cancellationToken);
        var role = await context.Access.EffectiveRoleAsync(task.ProjectId, cancellationToken) ?? throw new PermissionDeniedException();
        if (role == Roles.Manager)
        {
            return;
        }

        var access = new TaskAccess(context.Db, context.Access);
        var keys = changes.Keys.Where(k => !Protected.Contains(k)).ToList();
        if (keys.Contains("for_client"))
        {
            throw new PermissionDeniedException();
        }

        var author = row.PersonId == context.Actor.PersonId;
        if (!author)
        {
            foreach (var key in keys)
            {
                var allowed = key switch
                {
                    "pinned" => await access.IsSupervisorInDepartmentAsync(task, cancellationToken),
                    "checklist" => (changes.TryGetValue<JsonArray>("checklist", out var proposed) && OnlyChecksChange(row.Checklist, proposed))
                        || await access.IsAssigneeAsync(task.Id, context.Actor.PersonId, cancellationToken)
                        || await access.IsSupervisorInDepartmentAsync(task, cancellationToken),
                    _ => false,
                };
                if (!allowed)
                {
                    throw new PermissionDeniedException();
                }
            }
        }

        if (changes.TryGetValue("task_status_id", out Guid statusId) && statusId != row.TaskStatusId)
        {
            await access.EnsureCanActAsync(task, cancellationToken);
            await access.EnsureStatusAllowedAsync(task.ProjectId, statusId, null, cancellationToken);
        }
    }

    public override async Task BeforeUpdateAsync(CrudContext context, Comment row, CrudChanges<Comment> changes, CancellationToken cancellationToken)
    {
        row.EditorId = context.Actor.PersonId;
        var task = await context.Db.Set<ProductionTask>().FirstOrDefaultAsync(t => t.Id == row.ObjectId, cancellationToken);
        await CommentMentions.ResetAsync(context.Db, row, task?.ProjectId, cancellationToken);
        if (task is null || !context.Db.Entry(row).Property(c => c.TaskStatusId).IsModified
            || context.Db.Entry(row).Property(c => c.TaskStatusId).OriginalValue == row.TaskStatusId)
        {
            return;
        }

        var previous = await TaskHistory.ResetAsync(context.Db, task, cancellationToken);
        context.Stage("task:update", new EventData { ["task_id"] = task.Id.ToString() }, task.ProjectId);
        if (previous != task.TaskStatusId)
        {
            context.Stage("task:status-changed", new EventData
            {
                ["task_id"] = task.Id.ToString(),
                ["new_task_status_id"] = task.TaskStatusId?.ToString(),
                ["previous_task_status_id"] = previous?.ToString(),
                ["person_id"] = context.Actor.PersonId.ToString(),
            }, task.ProjectId);
        }
    }

    /// <summary>ZOU: the comment's author or a manager of its task's production.</summary>
    public override async Task CheckDeleteAsync(CrudContext context, Comment row, CancellationToken cancellationToken)
    {
        if (row.PersonId != context.Actor.PersonId)
        {
            await EnsureAsync(context, row, Who.ProjectManager, cancellationToken);
        }
    }

    /// <summary>Removes the comment with its notifications, news, attachments and preview links; the task is recomputed.</summary>
    public override async Task DeleteAsync(CrudContext context, Comment row, bool force, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var files = await db.Set<AttachmentFile>().Where(a => a.CommentId == row.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        await db.Set<CommentPreviewLink>().Where(l => l.CommentId == row.Id).ExecuteDeleteAsync(cancellationToken);
        await Persistence.CascadeDelete.RemoveAsync<Comment>(db, [row.Id], cancellationToken);
        db.Entry(row).State = EntityState.Detached;
        var store = context.Services.GetRequiredService<AttachmentStore>();
        files.ForEach(store.Delete);
        var task = await db.Set<ProductionTask>().FirstOrDefaultAsync(t => t.Id == row.ObjectId, cancellationToken);
        if (task is null)
        {
            return;
        }

        var previous = await TaskHistory.ResetAsync(db, task, cancellationToken);
        context.Stage("task:update", new EventData { ["task_id"] = task.Id.ToString() }, task.ProjectId);
        if (previous != task.TaskStatusId)
        {
            context.Stage("task:status-changed", new EventData
            {
                ["task_id"] = task.Id.ToString(),
                ["new_task_status_id"] = task.TaskStatusId?.ToString(),
                ["previous_task_status_id"] = previous?.ToString(),
                ["person_id"] = context.Actor.PersonId.ToString(),
            }, task.ProjectId);
        }
    }

    /// <summary>A comment's events carry its task's project (also once the comment is deleted).</summary>
    public override async Task<Guid?> EventProjectAsync(CrudContext context, Comment row, string action, CancellationToken cancellationToken) =>
        await context.Db.Set<ProductionTask>().Where(t => t.Id == row.ObjectId).Select(t => t.ProjectId).FirstOrDefaultAsync(cancellationToken);

    public override EventData EventPayload(Comment row) => new() { ["comment_id"] = row.Id.ToString(), ["task_id"] = row.ObjectId.ToString() };

    private static async Task<ProductionTask> TaskOfAsync(CrudContext context, Comment row, CancellationToken cancellationToken) =>
        await context.Db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == row.ObjectId, cancellationToken)
            ?? throw new PermissionDeniedException();

    /// <summary>True when the new checklist is the stored one with only <c>checked</c> flags changed.</summary>
    private static bool OnlyChecksChange(JsonNode? stored, JsonArray after)
    {
        if (stored is not JsonArray before || before.Count != after.Count)
        {
            return false;
        }

        return before.Zip(after).All(pair => pair.First is JsonObject a && pair.Second is JsonObject b && JsonNode.DeepEquals(WithoutChecked(a), WithoutChecked(b)));
    }

    private static JsonObject WithoutChecked(JsonObject item)
    {
        var copy = item.DeepClone().AsObject();
        copy.Remove("checked");
        return copy;
    }
}
