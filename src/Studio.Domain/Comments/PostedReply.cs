using Studio.Domain.Persons;

namespace Studio.Domain.Comments;

/// <summary>A reply just posted, with its author and the files attached to it.</summary>
public sealed record PostedReply(CommentReply Reply, Person? Person, IReadOnlyList<AttachmentFile> Attachments);
