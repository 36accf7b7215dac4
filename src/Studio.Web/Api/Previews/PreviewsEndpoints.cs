using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Studio.Domain.Common;
using Studio.Domain.Previews;
using Studio.Media;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Previews;

/// <summary>
/// Zou's <c>previews</c> blueprint: adding a preview to a comment, uploading its file, serving the pipeline's
/// pictures and movies (ranges, conditional requests, private caching), main pictures and annotations.
/// </summary>
public static class PreviewsEndpoints
{
    private static readonly (string Route, string[] Variants)[] Pictures =
    [
        ("thumbnails", [PreviewStore.Thumbnails]),
        ("thumbnails-square", [PreviewStore.ThumbnailsSquare]),
        ("previews", [PreviewStore.Previews]),
    ];

    private static readonly (string Route, string[] Variants)[] Movies =
    [
        ("originals", [PreviewStore.Previews, PreviewStore.AsUploaded, PreviewStore.LowDef, PreviewStore.Source]),
        ("low", [PreviewStore.LowDef, PreviewStore.Previews, PreviewStore.AsUploaded, PreviewStore.Source]),
        ("source", [PreviewStore.Source, PreviewStore.AsUploaded]),
    ];

    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Room for the multipart framing around the file in the request size limit; the file itself is counted exactly.</summary>
    private const long UploadOverhead = 1024 * 1024;

    public static IEndpointRouteBuilder MapPreviewsEndpoints(this IEndpointRouteBuilder api)
    {
        var maxUpload = api.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.MaxUploadSize;
        var actions = api.MapGroup("/actions").WithTags("Previews");
        actions.MapPost("/tasks/{task_id}/comments/{comment_id}/add-preview", async (string task_id, string comment_id, HttpContext c, PreviewService s, CancellationToken t) =>
        {
            var (taskId, commentId) = (Ids.Parse(task_id), Ids.Parse(comment_id));
            var body = await JsonBody.ReadOptionalObjectAsync(c.Request, t);
            int? revision = body["revision"] is { } r ? r.GetValueKind() == JsonValueKind.Number && r.AsValue().TryGetValue<int>(out var n) ? n : throw new WrongParameterException("The revision must be a number.") : null;
            return ZouResults.Created(await s.AddAsync(c.User.ToActor(), taskId, commentId, revision, t));
        }).WithName("Previews_Add").WithSummary("Add a preview (a revision) to a comment");
        actions.MapPut("/preview-files/{preview_file_id}/set-main-preview", SetMainAsync).WithName("Previews_SetMain").WithSummary("Make a preview its entity's picture (optionally from a frame of its movie)");
        actions.MapPut("/tasks/{task_id}/set-main-preview", async (string task_id, HttpContext c, PreviewService s, CancellationToken t) =>
            ZouResults.Json(await s.SetMainFromTaskAsync(c.User.ToActor(), Ids.Parse(task_id), t))).WithName("Previews_SetMainFromTask").WithSummary("Make a task's last preview its entity's picture");
        actions.MapPut("/preview-files/{preview_file_id}/update-annotations", async (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) =>
        {
            var id = Ids.Parse(preview_file_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Json(await s.UpdateAnnotationsAsync(c.User.ToActor(), id, body, t));
        }).WithName("Previews_UpdateAnnotations").WithSummary("Add, change or remove drawings on a preview");

        api.MapPost("/pictures/preview-files/{preview_file_id}", UploadAsync).WithName("Previews_Upload").WithSummary("Upload a preview's file (pictures processed at once, movies queued)")
            .WithTags("Previews").AcceptsUploads(maxUpload + UploadOverhead);

        foreach (var (route, variants) in Pictures)
        {
            api.MapMethods($"/pictures/{route}/preview-files/{{preview_file_id}}.png", GetOrHead, (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) => ServeAsync(c, s, preview_file_id, variants, "png", download: false, t))
                .WithName($"Previews_Picture_{route}").WithSummary($"A preview's {route} picture").WithTags("Previews");
        }

        api.MapMethods("/pictures/originals/preview-files/{preview_file_id}.{extension}", GetOrHead, (string preview_file_id, string extension, HttpContext c, PreviewService s, CancellationToken t) =>
            ServeAsync(c, s, preview_file_id, [PreviewStore.Original, PreviewStore.Source], extension.ToLowerInvariant(), download: false, t)).WithName("Previews_Original").WithSummary("A preview's original file: the PNG of a picture or a movie, or the file as uploaded (pdf, zip…)").WithTags("Previews");
        api.MapMethods("/pictures/originals/preview-files/{preview_file_id}/download", GetOrHead, (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) =>
            ServeAsync(c, s, preview_file_id, [PreviewStore.Original, PreviewStore.Source], null, download: true, t)).WithName("Previews_PictureDownload").WithSummary("Download a preview's original file").WithTags("Previews");
        foreach (var (route, variants) in Movies)
        {
            api.MapMethods($"/movies/{route}/preview-files/{{preview_file_id}}.mp4", GetOrHead, (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) => ServeAsync(c, s, preview_file_id, variants, "mp4", download: false, t))
                .WithName($"Previews_Movie_{route}").WithSummary($"A preview's {route} movie (ranges supported)").WithTags("Previews");
            api.MapMethods($"/movies/{route}/preview-files/{{preview_file_id}}/download", GetOrHead, (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) => ServeAsync(c, s, preview_file_id, variants, "mp4", download: true, t))
                .WithName($"Previews_MovieDownload_{route}").WithSummary($"Download a preview's {route} movie").WithTags("Previews");
        }

        api.MapMethods("/movies/tiles/preview-files/{preview_file_id}.png", GetOrHead, (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) => ServeAsync(c, s, preview_file_id, [PreviewStore.Tiles], "png", download: false, t))
            .WithName("Previews_Tiles").WithSummary("A movie preview's scrubbing tiles").WithTags("Previews");

        var data = api.MapGroup("/data").WithTags("Previews");
        data.MapGet("/entities/{entity_id}/preview-files", async (string entity_id, HttpContext c, PreviewService s, CancellationToken t) =>
            ZouResults.Json(await s.EntityPreviewsAsync(c.User.ToActor(), null, Ids.Parse(entity_id), t))).WithName("Previews_Entity").WithSummary("The previews of an entity's tasks");
        foreach (var (plural, kind) in new[] { ("shots", "Shot"), ("edits", "Edit"), ("concepts", "Concept") })
        {
            var label = kind.ToLowerInvariant();
            data.MapGet($"/{plural}/{{{label}_id}}/preview-files", async (HttpContext c, PreviewService s, CancellationToken t) =>
                ZouResults.Json(await s.EntityPreviewsAsync(c.User.ToActor(), kind, Ids.Parse(c.Request.RouteValues[$"{label}_id"]?.ToString() ?? ""), t)))
                .WithName($"Previews_{kind}").WithSummary($"The previews of a {label}'s tasks");
        }

        data.MapGet("/projects/{project_id}/preview-files", async (string project_id, HttpContext c, PreviewService s, CancellationToken t) =>
            ZouResults.Json(await s.ProjectPreviewsAsync(c.User.ToActor(), Ids.Parse(project_id), t))).WithName("Previews_Project").WithSummary("A production's previews, newest first");
        return api;
    }

    /// <summary>Set-main-preview with the optional <c>{frame_number}</c>: the thumbnails are remade from that frame of the movie.</summary>
    private static async Task<IResult> SetMainAsync(string preview_file_id, HttpContext context, PreviewService service, CancellationToken cancellationToken)
    {
        var id = Ids.Parse(preview_file_id);
        var body = await JsonBody.ReadOptionalObjectAsync(context.Request, cancellationToken);
        int? frame = body["frame_number"] is { } f && f.GetValueKind() != JsonValueKind.Null
            ? f.GetValueKind() == JsonValueKind.Number && f.AsValue().TryGetValue<int>(out var n) ? n : throw new WrongParameterException("frame_number must be a number.")
            : null;
        return ZouResults.Json(await service.SetMainAsync(context.User.ToActor(), id, frame, cancellationToken));
    }

    /// <summary>
    /// Upload: the multipart body is read only after the caller's right and the preview's state are checked, up to the
    /// file's headers; the service checks the extension before it streams the content.
    /// </summary>
    private static async Task<IResult> UploadAsync(string preview_file_id, HttpContext context, PreviewUploadService service, IOptions<MediaOptions> media, CancellationToken cancellationToken)
    {
        var id = Ids.Parse(preview_file_id);
        var normalize = context.Request.Query["normalize"].FirstOrDefault() is not ("false" or "False" or "0");
        var row = await service.UploadAsync(context.User.ToActor(), id, t => MultipartFile.FirstAsync(context.Request, t), normalize, media.Value.MaxUploadSize, cancellationToken);
        return ZouResults.Created(row);
    }

    /// <summary>HEAD answers as GET without the body (length, type, validators), as Flask's send_file does.</summary>
    private static async Task<IResult> ServeAsync(HttpContext context, PreviewService service, string id, string[] variants, string? extension, bool download, CancellationToken cancellationToken)
    {
        var (path, found, name, modified) = await service.FileAsync(context.User.ToActor(), Ids.Parse(id), variants, extension, cancellationToken);
        context.Response.Headers.CacheControl = "private, max-age=604800";
        var tag = new EntityTagHeaderValue($"\"{modified.Ticks:x}-{new FileInfo(path).Length:x}\"");
        return Results.File(path, ContentType(found), download ? name : null, modified, tag, enableRangeProcessing: true);
    }

    private static string ContentType(string extension) => extension switch
    {
        "png" => "image/png",
        "jpg" or "jpeg" or "jpe" => "image/jpeg",
        "mp4" or "m4v" => "video/mp4",
        "mov" => "video/quicktime",
        "webm" => "video/webm",
        "mkv" => "video/x-matroska",
        "avi" => "video/x-msvideo",
        "wmv" => "video/x-ms-wmv",
        "pdf" => "application/pdf",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    };
}
