using Studio.Domain.Persons;

namespace Studio.Domain.Comments;

/// <summary>A reply of a listed comment, with its author when the caller may see them named.</summary>
public sealed record ListedReply(CommentReply Reply, Person? Person);
