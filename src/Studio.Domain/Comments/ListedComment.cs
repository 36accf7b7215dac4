using Studio.Domain.Persons;
using Studio.Domain.Previews;
using Studio.Domain.Settings;

namespace Studio.Domain.Comments;

/// <summary>
/// A comment as its task's list shows it to the caller: the row (blanked for a client when it is listed only for its
/// previews), its author and editor (null when the caller may not see them named), its status, acknowledgements,
/// previews (a client sees no rejected one), mentions, every attachment of the comment and its replies, and the replies
/// with their authors, in the order of the row's <c>replies</c>.
/// </summary>
public sealed record ListedComment(
    Comment Comment,
    Person? Person,
    Person? Editor,
    ProductionTaskStatus? Status,
    IReadOnlyList<Guid> Acknowledgements,
    IReadOnlyList<PreviewFile> Previews,
    IReadOnlyList<Guid> Mentions,
    IReadOnlyList<Guid> DepartmentMentions,
    IReadOnlyList<AttachmentFile> Attachments,
    IReadOnlyList<ListedReply> Replies);
