using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Studio.Domain.Previews;

namespace Studio.Web.Api.Previews;

/// <summary>
/// Reads a <c>multipart/form-data</c> body section by section up to its first file (Zou reads the field
/// <c>file</c>; a client that names it otherwise is served too), so that the file is streamed once to where it is
/// stored instead of being buffered by the form reader first.
/// </summary>
public static class MultipartFile
{
    /// <summary>The first file of the body, its content not read yet; null when the body has none.</summary>
    public static async Task<UploadedFile?> FirstAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !string.Equals(type.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            // Fields before the file are skipped: the next read drains them.
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar : HeaderUtilities.RemoveQuotes(disposition.FileName);
                return new UploadedFile(Path.GetFileName(name.Value ?? ""), section.Body);
            }
        }

        return null;
    }
}
