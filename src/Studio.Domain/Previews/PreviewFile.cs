using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Comments;

namespace Studio.Domain.Previews;

/// <summary>A revision of a preview (picture, movie or file) uploaded on a task; <c>position</c> orders those of one revision.</summary>
[Relation("comments", typeof(CommentPreviewLink), nameof(CommentPreviewLink.PreviewFileId), nameof(CommentPreviewLink.CommentId))]
public class PreviewFile : ZouEntity
{
    public string? Name { get; set; }

    public string? OriginalName { get; set; }

    public int? Revision { get; set; } = 1;

    public int? Position { get; set; } = 1;

    public string? Extension { get; set; }

    public string? Description { get; set; }

    public string? Path { get; set; }

    public string? Source { get; set; }

    public long? FileSize { get; set; } = 0;

    public string Status { get; set; } = "processing";

    public string ValidationStatus { get; set; } = "neutral";

    public JsonNode? Annotations { get; set; }

    public int? Width { get; set; } = 0;

    public int? Height { get; set; } = 0;

    public double? Duration { get; set; } = 0;

    public JsonNode? Data { get; set; }

    public int? TokenIn { get; set; }

    public int? TokenOut { get; set; }

    public Guid? TaskId { get; set; }

    public Guid? PersonId { get; set; }

    public Guid? SourceFileId { get; set; }

    public int? ShotgunId { get; set; }

    public bool IsMovie { get; set; } // ZOU: deprecated.

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Mirrors Zou's deprecated String(600) column.")]
    public string? Url { get; set; } // ZOU: deprecated.

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Mirrors Zou's deprecated String(600) column.")]
    public string? UploadedMovieUrl { get; set; } // ZOU: deprecated.

    public string? UploadedMovieName { get; set; } // ZOU: deprecated.
}
