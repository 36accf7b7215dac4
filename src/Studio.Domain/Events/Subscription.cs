using Studio.Domain.Common;

namespace Studio.Domain.Events;

/// <summary>A person following a task, or a task type of a sequence, to be notified of its comments.</summary>
public class Subscription : ZouEntity
{
    public Guid PersonId { get; set; }

    public Guid? TaskId { get; set; }

    public Guid? EntityId { get; set; } // ZOU: flagged deprecated in Zou but still used for sequence subscriptions.

    public Guid? TaskTypeId { get; set; } // ZOU: flagged deprecated in Zou but still used for sequence subscriptions.
}
