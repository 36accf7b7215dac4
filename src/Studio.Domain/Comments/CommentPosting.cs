using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Comments;

/// <summary>
/// What posting a comment does once it is allowed and within the retake cap, on one unit of work: the comment and its
/// mentions, the hashtag copies, the status change (or the replay of the task's history when the comment is
/// older than the last one), notifications, news, and the project's status automations, recursively.
/// </summary>
internal sealed partial class CommentPosting(StudioDbContext db, Guid actorId, DateTime now)
{
    private const int MaxAutomationDepth = 10;

    public List<ApiEvent> Staged { get; } = [];

    /// <summary>Events announced live but not stored (Zou's <c>notification:new</c>, acknowledgements…).</summary>
    public List<ApiEvent> Transient { get; } = [];

    /// <summary>Preview files to copy once the posting is committed (status automations importing a revision).</summary>
    public List<(Guid From, Guid To)> PreviewCopies { get; } = [];

    /// <summary>
    /// Adds a comment on <paramref name="task"/> (tracked) by <paramref name="authorId"/> and applies everything that
    /// follows. <paramref name="expandHashtags"/> is false for the copies a hashtag makes.
    /// </summary>
    public async Task<Comment> PostAsync(ProductionTask task, ProductionTaskStatus status, string text, Guid authorId, DateTime createdAt,
        JsonArray? checklist, IReadOnlyList<string>? links, bool forClient, bool expandHashtags, int depth, CancellationToken cancellationToken)
    {
        var comment = new Comment
        {
            Id = Guid.NewGuid(),
            ObjectId = task.Id,
            ObjectType = "Task",
            Text = text,
            TaskStatusId = status.Id,
            PersonId = authorId,
            Checklist = checklist ?? [],
            Links = [.. links ?? []],
            ForClient = forClient,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        db.Add(comment);
        await CommentMentions.ResetAsync(db, comment, task.ProjectId, cancellationToken);
        Stage("comment:new", new EventData { ["comment_id"] = comment.Id.ToString(), ["task_id"] = task.Id.ToString(), ["task_status_id"] = status.Id.ToString() }, task.ProjectId);

        if (expandHashtags)
        {
            await CopyToHashtaggedTasksAsync(task, text, authorId, createdAt, cancellationToken);
        }

        var changed = await ApplyStatusAsync(task, status, comment, cancellationToken);
        await NotifyAsync(task, comment, changed, cancellationToken);
        await AddNewsAsync(task, comment, changed, cancellationToken);

        // ZOU: the automations run after every comment, whether or not it changed the status.
        if (depth < MaxAutomationDepth)
        {
            await RunAutomationsAsync(task, authorId, depth, cancellationToken);
        }

        return comment;
    }

    /// <summary>
    /// Step 4: the newest comment moves the task (retake count, real start, end and done dates); an older one makes
    /// the task's history be replayed (<see cref="TaskHistory"/>). Returns whether the status changed.
    /// </summary>
    private async Task<bool> ApplyStatusAsync(ProductionTask task, ProductionTaskStatus status, Comment comment, CancellationToken cancellationToken)
    {
        var previous = task.TaskStatusId;
        if (task.LastCommentDate is { } last && last > comment.CreatedAt)
        {
            // ZOU: an older comment replays the history (reset_task_data); the posting is not a status change.
            await TaskHistory.ResetAsync(db, task, cancellationToken);
            Stage("task:update", new EventData { ["task_id"] = task.Id.ToString() }, task.ProjectId);
            return false;
        }
        else
        {
            var changed = previous != status.Id;
            task.TaskStatusId = status.Id;
            task.LastCommentDate = comment.CreatedAt;
            if (changed && status.IsRetake)
            {
                task.RetakeCount = (task.RetakeCount ?? 0) + 1;
            }

            if (changed && status.IsWip && task.RealStartDate is null)
            {
                task.RealStartDate = now;
            }

            if (status.IsFeedbackRequest)
            {
                task.EndDate = now;
            }
            else if (!status.IsDone)
            {
                task.EndDate = null;
            }

            task.DoneDate = status.IsDone ? now : null;
        }

        Stage("task:update", new EventData { ["task_id"] = task.Id.ToString() }, task.ProjectId);
        if (previous == task.TaskStatusId)
        {
            return false;
        }

        Stage("task:status-changed", new EventData
        {
            ["task_id"] = task.Id.ToString(),
            ["new_task_status_id"] = task.TaskStatusId?.ToString(),
            ["previous_task_status_id"] = previous?.ToString(),
            ["person_id"] = comment.PersonId.ToString(),
        }, task.ProjectId);
        if (status.IsFeedbackRequest)
        {
            Stage("task:to-review", new EventData
            {
                ["task_id"] = task.Id.ToString(),
                ["new_task_status_id"] = task.TaskStatusId?.ToString(),
                ["previous_task_status_id"] = previous?.ToString(),
                ["person_id"] = comment.PersonId.ToString(),
                ["comment_id"] = comment.Id.ToString(),
            }, task.ProjectId);
        }

        return true;
    }

    /// <summary>
    /// Step 3: <c>#modeling</c> copies the comment to the entity's task of that type, <c>#all</c> to all its other
    /// tasks; each keeps its status and the copy says where it comes from. Copies do not expand hashtags again.
    /// </summary>
    private async Task CopyToHashtaggedTasksAsync(ProductionTask task, string text, Guid authorId, DateTime createdAt, CancellationToken cancellationToken)
    {
        var tags = Hashtag().Matches(text).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (tags.Count == 0)
        {
            return;
        }

        var siblings = await db.Set<ProductionTask>()
            .Where(t => t.EntityId == task.EntityId && t.Id != task.Id)
            .Join(db.Set<TaskType>(), t => t.TaskTypeId, tt => tt.Id, (t, tt) => new { Task = t, TypeName = tt.Name })
            .ToListAsync(cancellationToken);
        var sourceType = await db.Set<TaskType>().Where(t => t.Id == task.TaskTypeId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        foreach (var sibling in siblings.Where(s => tags.Contains("all") || tags.Contains(s.TypeName.ToLowerInvariant())))
        {
            var status = await db.Set<ProductionTaskStatus>().FirstAsync(s => s.Id == sibling.Task.TaskStatusId, cancellationToken);
            await PostAsync(sibling.Task, status, $"{text}\n\n____\nFrom {sourceType} task", authorId, createdAt, null, null, false, expandHashtags: false, MaxAutomationDepth, cancellationToken);
        }
    }

    /// <summary>
    /// Step 5: a <c>comment</c> notification to the assignees and the subscribers of the task or of its sequence for
    /// that task type, then a <c>mention</c> notification to each mentioned person (and the team members of each
    /// mentioned department); never to the author.
    /// </summary>
    private async Task NotifyAsync(ProductionTask task, Comment comment, bool changed, CancellationToken cancellationToken)
    {
        var parentId = await db.Set<Entity>().Where(e => e.Id == task.EntityId).Select(e => e.ParentId).FirstOrDefaultAsync(cancellationToken);
        var recipients = await db.Set<TaskPersonLink>().Where(l => l.TaskId == task.Id).Select(l => l.PersonId)
            .Union(db.Set<Subscription>().Where(s => s.TaskId == task.Id).Select(s => s.PersonId))
            .Union(db.Set<Subscription>().Where(s => parentId != null && s.EntityId == parentId && s.TaskTypeId == task.TaskTypeId).Select(s => s.PersonId))
            .ToListAsync(cancellationToken);
        foreach (var person in recipients.Distinct().Where(p => p != comment.PersonId))
        {
            var notification = new Notification
            {
                Id = Guid.NewGuid(), NotificationType = "comment", PersonId = person, AuthorId = comment.PersonId, CommentId = comment.Id, TaskId = task.Id, Change = changed,
                CreatedAt = comment.CreatedAt, UpdatedAt = comment.CreatedAt,
            };
            db.Add(notification);
            Announce("notification:new", new EventData { ["notification_id"] = notification.Id.ToString(), ["person_id"] = person.ToString() }, task.ProjectId);
        }

        foreach (var mention in db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added && e.Entity.CommentId == comment.Id && e.Entity.NotificationType == "mention"))
        {
            Announce("notification:new", new EventData { ["notification_id"] = mention.Entity.Id.ToString(), ["person_id"] = mention.Entity.PersonId.ToString() }, task.ProjectId);
        }
    }

    /// <summary>Step 6: a news row for the production's feed, except on concepts.</summary>
    private async Task AddNewsAsync(ProductionTask task, Comment comment, bool changed, CancellationToken cancellationToken)
    {
        if (await EntityKinds.IsConceptAsync(db, task.EntityId, cancellationToken))
        {
            return;
        }

        var news = new News
        {
            Id = Guid.NewGuid(), Change = changed, AuthorId = comment.PersonId, CommentId = comment.Id, TaskId = task.Id, PreviewFileId = comment.PreviewFileId,
            CreatedAt = comment.CreatedAt, UpdatedAt = comment.CreatedAt,
        };
        db.Add(news);
        Stage("news:new", new EventData { ["news_id"] = news.Id.ToString(), ["task_status_id"] = comment.TaskStatusId?.ToString(), ["task_type_id"] = task.TaskTypeId?.ToString() }, task.ProjectId);
    }

    /// <summary>
    /// The last step: the production's status automations whose input is this task type reaching this status move
    /// another task of the same entity (never backwards in the pipeline), or mark the entity ready for a task type.
    /// </summary>
    private async Task RunAutomationsAsync(ProductionTask task, Guid authorId, int depth, CancellationToken cancellationToken)
    {
        var status = await db.Set<ProductionTaskStatus>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == task.TaskStatusId, cancellationToken);
        if (status is null)
        {
            return;
        }

        var automations = await db.Set<StatusAutomation>().AsNoTracking()
            .Where(a => !a.Archived && a.InTaskTypeId == task.TaskTypeId && a.InTaskStatusId == status.Id)
            .Where(a => db.Set<ProjectStatusAutomationLink>().Any(l => l.ProjectId == task.ProjectId && l.StatusAutomationId == a.Id))
            .ToListAsync(cancellationToken);
        if (automations.Count == 0)
        {
            return;
        }

        var entity = await db.Set<Entity>().FirstAsync(e => e.Id == task.EntityId, cancellationToken);
        var kind = (await EntityKinds.KindsAsync(db, [entity.EntityTypeId], cancellationToken)).GetValueOrDefault(entity.EntityTypeId, EntityKinds.Asset);
        var inType = await db.Set<TaskType>().AsNoTracking().FirstAsync(t => t.Id == task.TaskTypeId, cancellationToken);
        foreach (var automation in automations.Where(a => string.Equals(a.EntityType, kind, StringComparison.OrdinalIgnoreCase)))
        {
            if (automation.OutFieldType == "ready_for")
            {
                await SetReadyForAsync(entity, kind, automation.OutTaskTypeId, task.ProjectId, cancellationToken);
                continue;
            }

            if (await PriorityAsync(task.ProjectId, task.TaskTypeId, cancellationToken) > await PriorityAsync(task.ProjectId, automation.OutTaskTypeId, cancellationToken))
            {
                continue;
            }

            var target = await db.Set<ProductionTask>().Where(t => t.EntityId == entity.Id && t.TaskTypeId == automation.OutTaskTypeId).OrderBy(t => t.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            var outStatus = await db.Set<ProductionTaskStatus>().FirstOrDefaultAsync(s => s.Id == automation.OutTaskStatusId, cancellationToken);
            if (target is null || outStatus is null || target.Id == task.Id)
            {
                continue;
            }

            var triggered = await PostAsync(target, outStatus, $"Change triggered by {inType.Name} set to {status.Name}", authorId, now, null, null, false, expandHashtags: false, depth + 1, cancellationToken);
            if (automation.ImportLastRevision)
            {
                var copies = await RevisionImport.CopyLastRevisionAsync(db, task, target, triggered, authorId, cancellationToken);
                PreviewCopies.AddRange(copies);
                foreach (var (_, copy) in copies)
                {
                    Stage("preview-file:new", new EventData { ["preview_file_id"] = copy.ToString(), ["comment_id"] = triggered.Id.ToString() }, task.ProjectId);
                }
            }
        }
    }

    /// <summary>
    /// ZOU: a <c>ready_for</c> automation marks the asset ready for a task type, then the casting statistics of the
    /// shots using it are refreshed (saved first: the statistics read the stored casting).
    /// </summary>
    private async Task SetReadyForAsync(Entity entity, string kind, Guid? taskTypeId, Guid? projectId, CancellationToken cancellationToken)
    {
        entity.ReadyFor = taskTypeId;
        Stage($"{kind.ToLowerInvariant()}:update", new EventData { [$"{kind.ToLowerInvariant()}_id"] = entity.Id.ToString() }, projectId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        foreach (var refreshed in await CastingStats.RefreshForAssetAsync(db, entity.Id, cancellationToken))
        {
            Announce("task:update-casting-stats", new EventData { ["task_id"] = refreshed.Id.ToString(), ["nb_assets_ready"] = refreshed.NbAssetsReady }, projectId);
        }
    }

    private async Task<int> PriorityAsync(Guid? projectId, Guid? taskTypeId, CancellationToken cancellationToken) =>
        await db.Set<ProjectTaskTypeLink>().Where(l => l.ProjectId == projectId && l.TaskTypeId == taskTypeId).Select(l => l.Priority).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Set<TaskType>().Where(t => t.Id == taskTypeId).Select(t => t.Priority).FirstOrDefaultAsync(cancellationToken)
            ?? 0;

    public void Stage(string name, EventData data, Guid? projectId) => Staged.Add(EventPublisher.Stage(db, name, data, projectId, actorId));

    public void Announce(string name, EventData data, Guid? projectId) =>
        Transient.Add(new ApiEvent { Id = Guid.NewGuid(), Name = name, Data = data.ToStored(), ProjectId = projectId, UserId = actorId, CreatedAt = now, UpdatedAt = now });

    [GeneratedRegex(@"#([A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtag();
}
