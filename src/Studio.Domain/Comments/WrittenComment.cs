using Studio.Domain.Persons;
using Studio.Domain.Settings;

namespace Studio.Domain.Comments;

/// <summary>
/// A comment as a write answers it (posting, acknowledging, removing a reply, moving): the row, the ids of its previews,
/// mentions, department mentions and acknowledgements, the comment's own attachments (not its replies'), by name, its
/// status and its author. Answering a client, the row may be blanked and the author null as in the task's list.
/// </summary>
public sealed record WrittenComment(
    Comment Comment,
    IReadOnlyList<Guid> Previews,
    IReadOnlyList<Guid> Mentions,
    IReadOnlyList<Guid> DepartmentMentions,
    IReadOnlyList<Guid> Acknowledgements,
    IReadOnlyList<AttachmentFile> Attachments,
    ProductionTaskStatus? Status,
    Person? Person);
