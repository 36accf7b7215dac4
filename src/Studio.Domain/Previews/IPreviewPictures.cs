namespace Studio.Domain.Previews;

/// <summary>
/// The picture work an upload request does itself (implemented by the media pipeline, under its concurrency limit):
/// an uploaded picture's variants, and the thumbnails remade from one frame of a movie.
/// </summary>
public interface IPreviewPictures
{
    /// <summary>
    /// Makes the PNG original, the 1200-wide preview and the thumbnails of an uploaded picture. Null when it cannot be
    /// done now (the machine is busy or failing): the caller leaves the work to the queue.
    /// </summary>
    Task<PictureOutcome?> FromUploadAsync(Guid previewId, string source, CancellationToken cancellationToken);

    /// <summary>The longest <see cref="FromUploadAsync"/> can take (waiting for a slot, then the work).</summary>
    TimeSpan UploadBound { get; }

    /// <summary>
    /// Remakes the preview's pictures (original, preview, thumbnails) from the frame at <paramref name="seconds"/> of
    /// <paramref name="movie"/>; false when the movie has no frame there.
    /// </summary>
    Task<bool> FromFrameAsync(Guid previewId, string movie, double seconds, CancellationToken cancellationToken);
}
