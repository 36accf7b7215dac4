using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;

namespace Studio.Domain.Settings;

/// <summary>
/// The statuses new tasks start on, created on first use as Zou does: the one default status (Todo) for tasks, and
/// for concept tasks Neutral, which is not a default. A studio has exactly one default
/// status, so a script asking for "the default status" gets one answer.
/// </summary>
public sealed class TaskStatuses(StudioDbContext db)
{
    public async Task<ProductionTaskStatus> DefaultAsync(bool forConcept, CancellationToken cancellationToken)
    {
        if (forConcept)
        {
            return await ConceptStartAsync(cancellationToken);
        }

        var status = await db.Set<ProductionTaskStatus>().Where(s => s.IsDefault && !s.ForConcept).OrderBy(s => s.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            // Only before init-data: Todo is created, or made the default if it exists without the flag.
            status = await db.Set<ProductionTaskStatus>().FirstOrDefaultAsync(s => s.ShortName == "todo" && !s.ForConcept, cancellationToken);
            if (status is null)
            {
                status = new ProductionTaskStatus { Id = Guid.NewGuid(), Name = "Todo", ShortName = "todo", Color = "#f5f5f5", IsClientAllowed = false };
                db.Add(status);
            }

            status.IsDefault = true;
        }

        return status;
    }

    /// <summary>
    /// Concept tasks start on Neutral (short name <c>neutral</c>); a studio that removed it gets its first concept status
    /// (by priority, age, then name).
    /// </summary>
    private async Task<ProductionTaskStatus> ConceptStartAsync(CancellationToken cancellationToken)
    {
        var status = await db.Set<ProductionTaskStatus>().Where(s => s.ForConcept && !s.Archived)
            .OrderBy(s => s.ShortName == "neutral" ? 0 : 1).ThenBy(s => s.Priority).ThenBy(s => s.CreatedAt).ThenBy(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            status = new ProductionTaskStatus { Id = Guid.NewGuid(), Name = "Neutral", ShortName = "neutral", Color = "#CCCCCC", ForConcept = true, IsClientAllowed = false };
            db.Add(status);
        }

        return status;
    }

    /// <summary>ZOU's <c>get_to_review_status</c>: the status "To review" (short name pndng), created on first use, not for clients.</summary>
    public async Task<ProductionTaskStatus> ToReviewAsync(CancellationToken cancellationToken)
    {
        var status = await db.Set<ProductionTaskStatus>().Where(s => s.ShortName == "pndng" || s.Name == "To review").OrderBy(s => s.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            status = new ProductionTaskStatus { Id = Guid.NewGuid(), Name = "To review", ShortName = "pndng", Color = "#f5f5f5", IsClientAllowed = false };
            db.Add(status);
        }

        return status;
    }
}
