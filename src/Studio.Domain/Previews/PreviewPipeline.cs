using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;

namespace Studio.Domain.Previews;

/// <summary>
/// What the media pipeline keeps of a preview for its own use (Studio's table, not Zou's; the API does not show it):
/// the extension the file was uploaded with, whether the low-definition movie is playable, what it measured of the
/// upload, and why the preview broke. The preview's <c>data</c> stays the studio's clients' own. A preview has a row
/// once a file was uploaded for it, and the row goes with the preview.
/// </summary>
public class PreviewPipeline
{
    public Guid PreviewFileId { get; set; }

    /// <summary>The extension of the uploaded file (lower case, no dot): the name of the <c>source</c> file and of a movie kept as uploaded.</summary>
    public string? SourceExtension { get; set; }

    /// <summary>The low-definition movie is in place, so a reviewer can play it while the rest is made.</summary>
    public bool LowDefinitionReady { get; set; }

    /// <summary>The upload's size in pixels.</summary>
    public int? OriginalWidth { get; set; }

    public int? OriginalHeight { get; set; }

    /// <summary>A movie upload's duration in seconds.</summary>
    public double? OriginalDuration { get; set; }

    /// <summary>The upload's size in bytes.</summary>
    public long? OriginalFileSize { get; set; }

    /// <summary>The frame rate a movie was made at, as ffmpeg was given it (<c>25.000</c>).</summary>
    public string? Fps { get; set; }

    /// <summary>The size in pixels of a movie's low definition.</summary>
    public int? LowDefinitionWidth { get; set; }

    public int? LowDefinitionHeight { get; set; }

    /// <summary>Why the preview is broken, in words fit to show (never a server path).</summary>
    public string? BrokenReason { get; set; }

    /// <summary>The row of <paramref name="previewId"/> tracked by <paramref name="db"/>, added when it has none yet.</summary>
    internal static async Task<PreviewPipeline> OfAsync(StudioDbContext db, Guid previewId, CancellationToken cancellationToken)
    {
        var row = db.Set<PreviewPipeline>().Local.FirstOrDefault(p => p.PreviewFileId == previewId)
            ?? await db.Set<PreviewPipeline>().FirstOrDefaultAsync(p => p.PreviewFileId == previewId, cancellationToken);
        if (row is null)
        {
            row = new PreviewPipeline { PreviewFileId = previewId };
            db.Add(row);
        }

        return row;
    }
}
