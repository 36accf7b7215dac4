using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
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
        ("originals", [PreviewStore.Original, PreviewStore.Source]),
    ];

    private static readonly (string Route, string[] Variants)[] Movies =
    [
        ("originals", [PreviewStore.Previews, PreviewStore.LowDef, PreviewStore.Source]),
        ("low", [PreviewStore.LowDef, PreviewStore.Previews, PreviewStore.Source]),
        ("source", [PreviewStore.Source]),
    ];

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
        actions.MapPut("/preview-files/{preview_file_id}/set-main-preview", async (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) =>
            ZouResults.Json(await s.SetMainAsync(c.User.ToActor(), Ids.Parse(preview_file_id), t))).WithName("Previews_SetMain").WithSummary("Make a preview its entity's picture");
        actions.MapPut("/tasks/{task_id}/set-main-preview", async (string task_id, HttpContext c, PreviewService s, CancellationToken t) =>
            ZouResults.Json(await s.SetMainFromTaskAsync(c.User.ToActor(), Ids.Parse(task_id), t))).WithName("Previews_SetMainFromTask").WithSummary("Make a task's last preview its entity's picture");
        actions.MapPut("/preview-files/{preview_file_id}/update-annotations", async (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) =>
        {
            var id = Ids.Parse(preview_file_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Json(await s.UpdateAnnotationsAsync(c.User.ToActor(), id, body, t));
        }).WithName("Previews_UpdateAnnotations").WithSummary("Add, change or remove drawings on a preview");

        api.MapPost("/pictures/preview-files/{preview_file_id}", async (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) =>
        {
            var id = Ids.Parse(preview_file_id);
            if (!c.Request.HasFormContentType)
            {
                throw new WrongParameterException("File not provided.");
            }

            var form = await c.Request.ReadFormAsync(t);
            var file = form.Files["file"] ?? (form.Files.Count > 0 ? form.Files[0] : null) ?? throw new WrongParameterException("File not provided.");
            await using var stream = file.OpenReadStream();
            var normalize = c.Request.Query["normalize"].FirstOrDefault() is not ("false" or "False" or "0");
            return ZouResults.Created(await s.UploadAsync(c.User.ToActor(), id, file.FileName, stream, normalize, maxUpload, t));
        }).WithName("Previews_Upload").WithSummary("Upload a preview's file (queued for the media pipeline)").WithTags("Previews")
            .WithMetadata(new RequestSizeLimitAttribute(maxUpload)).WithFormOptions(multipartBodyLengthLimit: maxUpload).DisableAntiforgery();

        foreach (var (route, variants) in Pictures)
        {
            api.MapGet($"/pictures/{route}/preview-files/{{preview_file_id}}.png", (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) => ServeAsync(c, s, preview_file_id, variants, "png", download: false, null, t))
                .WithName($"Previews_Picture_{route}").WithSummary($"A preview's {route} picture").WithTags("Previews");
        }

        api.MapGet("/pictures/originals/preview-files/{preview_file_id}/download", (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) =>
            ServeAsync(c, s, preview_file_id, [PreviewStore.Original, PreviewStore.Source], null, download: true, null, t)).WithName("Previews_PictureDownload").WithSummary("Download a preview's original file").WithTags("Previews");
        foreach (var (route, variants) in Movies)
        {
            api.MapGet($"/movies/{route}/preview-files/{{preview_file_id}}.mp4", (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) => ServeAsync(c, s, preview_file_id, variants, "mp4", download: false, "video/mp4", t))
                .WithName($"Previews_Movie_{route}").WithSummary($"A preview's {route} movie (ranges supported)").WithTags("Previews");
            api.MapGet($"/movies/{route}/preview-files/{{preview_file_id}}/download", (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) => ServeAsync(c, s, preview_file_id, variants, "mp4", download: true, "video/mp4", t))
                .WithName($"Previews_MovieDownload_{route}").WithSummary($"Download a preview's {route} movie").WithTags("Previews");
        }

        api.MapGet("/movies/tiles/preview-files/{preview_file_id}.png", (string preview_file_id, HttpContext c, PreviewService s, CancellationToken t) => ServeAsync(c, s, preview_file_id, [PreviewStore.Tiles], "png", download: false, "image/png", t))
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

    private static async Task<IResult> ServeAsync(HttpContext context, PreviewService service, string id, string[] variants, string? extension, bool download, string? contentType, CancellationToken cancellationToken)
    {
        var (path, found, name, modified) = await service.FileAsync(context.User.ToActor(), Ids.Parse(id), variants, extension, cancellationToken);
        context.Response.Headers.CacheControl = "private, max-age=604800";
        var type = contentType ?? (found is "png" ? "image/png" : found is "mp4" ? "video/mp4" : "application/octet-stream");
        var tag = new EntityTagHeaderValue($"\"{modified.Ticks:x}-{new FileInfo(path).Length:x}\"");
        return Results.File(path, type, download ? name : null, modified, tag, enableRangeProcessing: true);
    }
}
