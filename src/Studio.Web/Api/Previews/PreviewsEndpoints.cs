using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Previews;
using Studio.Media;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Breakdown;
using Studio.Web.Api.Zou.Previews;

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
        actions.MapPost("/tasks/{task_id}/comments/{comment_id}/add-preview", AddAsync).WithName("Previews_Add").WithSummary("Add a preview (a revision) to a comment");
        actions.MapPut("/preview-files/{preview_file_id}/set-main-preview", SetMainAsync).WithName("Previews_SetMain").WithSummary("Make a preview its entity's picture (optionally from a frame of its movie)");
        actions.MapPut("/tasks/{task_id}/set-main-preview", SetMainFromTaskAsync).WithName("Previews_SetMainFromTask").WithSummary("Make a task's last preview its entity's picture");
        actions.MapPut("/preview-files/{preview_file_id}/update-annotations", UpdateAnnotationsAsync).WithName("Previews_UpdateAnnotations").WithSummary("Add, change or remove drawings on a preview");

        api.MapPost("/pictures/preview-files/{preview_file_id}", UploadAsync).WithName("Previews_Upload").WithSummary("Upload a preview's file (pictures processed at once, movies queued)")
            .WithTags("Previews").AcceptsUploads(maxUpload + UploadOverhead);

        foreach (var (route, variants) in Pictures)
        {
            api.MapMethods($"/pictures/{route}/preview-files/{{preview_file_id}}.png", GetOrHead, (ZouId preview_file_id, Actor actor, HttpContext c, PreviewService s, CancellationToken t) =>
                ServeAsync(c, actor, s, preview_file_id, variants, "png", download: false, t)).WithName($"Previews_Picture_{route}").WithSummary($"A preview's {route} picture").WithTags("Previews");
        }

        api.MapMethods("/pictures/originals/preview-files/{preview_file_id}.{extension}", GetOrHead, (ZouId preview_file_id, string extension, Actor actor, HttpContext c, PreviewService s, CancellationToken t) =>
            ServeAsync(c, actor, s, preview_file_id, [PreviewStore.Original, PreviewStore.Source], extension.ToLowerInvariant(), download: false, t)).WithName("Previews_Original").WithSummary("A preview's original file: the PNG of a picture or a movie, or the file as uploaded (pdf, zip…)").WithTags("Previews");
        api.MapMethods("/pictures/originals/preview-files/{preview_file_id}/download", GetOrHead, (ZouId preview_file_id, Actor actor, HttpContext c, PreviewService s, CancellationToken t) =>
            ServeAsync(c, actor, s, preview_file_id, [PreviewStore.Original, PreviewStore.Source], null, download: true, t)).WithName("Previews_PictureDownload").WithSummary("Download a preview's original file").WithTags("Previews");
        foreach (var (route, variants) in Movies)
        {
            api.MapMethods($"/movies/{route}/preview-files/{{preview_file_id}}.mp4", GetOrHead, (ZouId preview_file_id, Actor actor, HttpContext c, PreviewService s, CancellationToken t) =>
                ServeAsync(c, actor, s, preview_file_id, variants, "mp4", download: false, t)).WithName($"Previews_Movie_{route}").WithSummary($"A preview's {route} movie (ranges supported)").WithTags("Previews");
            api.MapMethods($"/movies/{route}/preview-files/{{preview_file_id}}/download", GetOrHead, (ZouId preview_file_id, Actor actor, HttpContext c, PreviewService s, CancellationToken t) =>
                ServeAsync(c, actor, s, preview_file_id, variants, "mp4", download: true, t)).WithName($"Previews_MovieDownload_{route}").WithSummary($"Download a preview's {route} movie").WithTags("Previews");
        }

        api.MapMethods("/movies/tiles/preview-files/{preview_file_id}.png", GetOrHead, (ZouId preview_file_id, Actor actor, HttpContext c, PreviewService s, CancellationToken t) =>
            ServeAsync(c, actor, s, preview_file_id, [PreviewStore.Tiles], "png", download: false, t)).WithName("Previews_Tiles").WithSummary("A movie preview's scrubbing tiles").WithTags("Previews");

        var data = api.MapGroup("/data").WithTags("Previews");
        data.MapGet("/entities/{entity_id}/preview-files", (ZouId entity_id, Actor actor, PreviewService s, CancellationToken t) => EntityPreviewsAsync(actor, s, null, entity_id, t))
            .WithName("Previews_Entity").WithSummary("The previews of an entity's tasks");
        data.MapGet("/shots/{shot_id}/preview-files", (ZouId shot_id, Actor actor, PreviewService s, CancellationToken t) => EntityPreviewsAsync(actor, s, "Shot", shot_id, t))
            .WithName("Previews_Shot").WithSummary("The previews of a shot's tasks");
        data.MapGet("/edits/{edit_id}/preview-files", (ZouId edit_id, Actor actor, PreviewService s, CancellationToken t) => EntityPreviewsAsync(actor, s, "Edit", edit_id, t))
            .WithName("Previews_Edit").WithSummary("The previews of a edit's tasks");
        data.MapGet("/concepts/{concept_id}/preview-files", (ZouId concept_id, Actor actor, PreviewService s, CancellationToken t) => EntityPreviewsAsync(actor, s, "Concept", concept_id, t))
            .WithName("Previews_Concept").WithSummary("The previews of a concept's tasks");
        data.MapGet("/projects/{project_id}/preview-files", ProjectPreviewsAsync).WithName("Previews_Project").WithSummary("A production's previews, newest first");
        return api;
    }

    /// <summary>Add-preview with the optional <c>{revision}</c>: a number, else a 400.</summary>
    private static async Task<IResult> AddAsync(ZouId task_id, ZouId comment_id, Actor actor, HttpRequest request, PreviewService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadOptionalObjectAsync(request, cancellationToken);
        int? revision = body["revision"] is { } r ? r.GetValueKind() == JsonValueKind.Number && r.AsValue().TryGetValue<int>(out var n) ? n : throw new WrongParameterException("The revision must be a number.") : null;
        return ZouResults.Created(PreviewJson.WithComments(await service.AddAsync(actor, task_id, comment_id, revision, cancellationToken)));
    }

    /// <summary>Set-main-preview with the optional <c>{frame_number}</c>: the thumbnails are remade from that frame of the movie.</summary>
    private static async Task<IResult> SetMainAsync(ZouId preview_file_id, Actor actor, HttpRequest request, PreviewService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadOptionalObjectAsync(request, cancellationToken);
        int? frame = body["frame_number"] is { } f && f.GetValueKind() != JsonValueKind.Null
            ? f.GetValueKind() == JsonValueKind.Number && f.AsValue().TryGetValue<int>(out var n) ? n : throw new WrongParameterException("frame_number must be a number.")
            : null;
        return ZouResults.Json(MainPreviewJson(await service.SetMainAsync(actor, preview_file_id, frame, cancellationToken)));
    }

    private static async Task<IResult> SetMainFromTaskAsync(ZouId task_id, Actor actor, PreviewService service, CancellationToken cancellationToken) =>
        ZouResults.Json(MainPreviewJson(await service.SetMainFromTaskAsync(actor, task_id, cancellationToken)));

    private static async Task<IResult> UpdateAnnotationsAsync(ZouId preview_file_id, Actor actor, HttpRequest request, PreviewService service, CancellationToken cancellationToken)
    {
        var changes = AnnotationBody.Read(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Json(ZouSerializer.Serialize(await service.UpdateAnnotationsAsync(actor, preview_file_id, changes, cancellationToken)));
    }

    /// <summary>
    /// Upload: the multipart body is read only after the caller's right and the preview's state are checked, up to the
    /// file's headers; the service checks the extension before it streams the content. ZOU: the answer is the bare
    /// row, without the comments of add-preview's answer.
    /// </summary>
    private static async Task<IResult> UploadAsync(ZouId preview_file_id, Actor actor, HttpRequest request, PreviewUploadService service, IOptions<MediaOptions> media, CancellationToken cancellationToken)
    {
        var normalize = request.Query["normalize"].FirstOrDefault() is not ("false" or "False" or "0");
        var row = await service.UploadAsync(actor, preview_file_id, t => MultipartFile.FirstAsync(request, t), normalize, media.Value.MaxUploadSize, cancellationToken);
        return ZouResults.Created(ZouSerializer.Serialize(row));
    }

    private static async Task<IResult> EntityPreviewsAsync(Actor actor, PreviewService service, string? kind, Guid entityId, CancellationToken cancellationToken) =>
        ZouResults.Json(PreviewJson.Rows(await service.EntityPreviewsAsync(actor, kind, entityId, cancellationToken)));

    private static async Task<IResult> ProjectPreviewsAsync(ZouId project_id, Actor actor, PreviewService service, CancellationToken cancellationToken) =>
        ZouResults.Json(PreviewJson.Rows(await service.ProjectPreviewsAsync(actor, project_id, cancellationToken)));

    /// <summary>The entity as the breakdown routes write it.</summary>
    private static JsonObject MainPreviewJson(MainPreview main) => EntityJson.Serialize(main.Entity, main.Kind);

    /// <summary>HEAD answers as GET without the body (length, type, validators), as Flask's send_file does.</summary>
    private static async Task<IResult> ServeAsync(HttpContext context, Actor actor, PreviewService service, Guid id, string[] variants, string? extension, bool download, CancellationToken cancellationToken)
    {
        var (path, found, name, modified) = await service.FileAsync(actor, id, variants, extension, cancellationToken);
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
