using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;

namespace Studio.Domain.Settings;

/// <summary>The default task statuses: Todo for tasks and Neutral for concepts, created on first use as Zou does.</summary>
public sealed class TaskStatuses(StudioDbContext db)
{
    public async Task<ProductionTaskStatus> DefaultAsync(bool forConcept, CancellationToken cancellationToken)
    {
        var status = await db.Set<ProductionTaskStatus>().Where(s => s.IsDefault && s.ForConcept == forConcept).OrderBy(s => s.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            status = forConcept
                ? new ProductionTaskStatus { Id = Guid.NewGuid(), Name = "Neutral", ShortName = "neutral", Color = "#CCCCCC", IsDefault = true, ForConcept = true }
                : new ProductionTaskStatus { Id = Guid.NewGuid(), Name = "Todo", ShortName = "todo", Color = "#f5f5f5", IsDefault = true };
            db.Add(status);
        }

        return status;
    }

    /// <summary>ZOU's <c>get_to_review_status</c>: the status "To review" (short name pndng), created on first use.</summary>
    public async Task<ProductionTaskStatus> ToReviewAsync(CancellationToken cancellationToken)
    {
        var status = await db.Set<ProductionTaskStatus>().Where(s => s.ShortName == "pndng" || s.Name == "To review").OrderBy(s => s.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            status = new ProductionTaskStatus { Id = Guid.NewGuid(), Name = "To review", ShortName = "pndng", Color = "#f5f5f5" };
            db.Add(status);
        }

        return status;
    }
}
