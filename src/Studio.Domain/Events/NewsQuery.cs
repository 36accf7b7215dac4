namespace Studio.Domain.Events;

/// <summary>
/// Which news a feed lists: of one production (else of the caller's open productions, every production for an admin),
/// those with a preview only, of a task type, of comments setting a status, by an author, about an episode's entities,
/// created strictly after or before a time (UTC); one page of them (50 a page unless said, from page 1).
/// </summary>
public sealed record NewsQuery(
    Guid? ProjectId = null,
    bool OnlyPreview = false,
    Guid? TaskTypeId = null,
    Guid? TaskStatusId = null,
    Guid? PersonId = null,
    Guid? EpisodeId = null,
    DateTime? After = null,
    DateTime? Before = null,
    int? Page = null,
    int? Limit = null);
