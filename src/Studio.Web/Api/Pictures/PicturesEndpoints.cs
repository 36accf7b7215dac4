using Studio.Domain.Common;
using Studio.Media;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Pictures;

/// <summary>Zou's picture routes beyond previews: avatars, preview backgrounds, attachment thumbnails.</summary>
public static class PicturesEndpoints
{
    public static IEndpointRouteBuilder MapPicturesEndpoints(this IEndpointRouteBuilder api)
    {
        var pictures = api.MapGroup("/pictures").WithTags("Pictures");
        foreach (var kind in new[] { "persons", "projects", "organisations" })
        {
            var label = kind.TrimEnd('s');
            pictures.MapPost($"/thumbnails/{kind}/{{{label}_id}}", async (HttpContext c, ThumbnailService s, CancellationToken t) =>
            {
                var id = RouteId(c, label);
                await using var file = await FileAsync(c, t);
                return ZouResults.Created(await s.SaveAvatarAsync(c.User.ToActor(), kind, id, file, t));
            }).WithName($"Pictures_Save_{kind}").WithSummary($"Upload the avatar of a {label} (400×400)").DisableAntiforgery();
            pictures.MapGet($"/thumbnails/{kind}/{{{label}_id}}.png", async (HttpContext c, ThumbnailService s, CancellationToken t) =>
                Serve(c, await s.AvatarAsync(kind, RouteId(c, label), t))).WithName($"Pictures_Get_{kind}").WithSummary($"The avatar of a {label}");
        }

        // ZOU: a production's avatar is also posted to the path without ".png", and read from it.
        pictures.MapGet("/thumbnails/projects/{project_id}", async (string project_id, HttpContext c, ThumbnailService s, CancellationToken t) =>
            Serve(c, await s.AvatarAsync("projects", Ids.Parse(project_id), t))).WithName("Pictures_GetProjectBare").WithSummary("The avatar of a production");
        pictures.MapPost("/thumbnails/persons/{person_id}.png", async (string person_id, HttpContext c, ThumbnailService s, CancellationToken t) =>
        {
            var id = Ids.Parse(person_id);
            await using var file = await FileAsync(c, t);
            return ZouResults.Created(await s.SaveAvatarAsync(c.User.ToActor(), "persons", id, file, t));
        }).WithName("Pictures_SavePersonPng").WithSummary("Upload a person's avatar").DisableAntiforgery();
        pictures.MapPost("/preview-background-files/{preview_background_file_id}", (string preview_background_file_id, HttpContext c, ThumbnailService s, CancellationToken t) =>
            SaveBackgroundAsync(preview_background_file_id, c, s, t)).WithName("Pictures_SaveBackground").WithSummary("Upload a preview background (HDR, EXR, PNG, JPEG)").DisableAntiforgery();
        pictures.MapPost("/thumbnails/preview-background-files/{preview_background_file_id}.png", (string preview_background_file_id, HttpContext c, ThumbnailService s, CancellationToken t) =>
            SaveBackgroundAsync(preview_background_file_id, c, s, t)).WithName("Pictures_SaveBackgroundThumbnail").WithSummary("Upload a preview background").DisableAntiforgery();
        pictures.MapGet("/thumbnails/preview-background-files/{preview_background_file_id}.png", async (string preview_background_file_id, HttpContext c, ThumbnailService s, CancellationToken t) =>
            Serve(c, await s.AvatarAsync("preview-background-files", Ids.Parse(preview_background_file_id), t))).WithName("Pictures_Background").WithSummary("A preview background's thumbnail");
        pictures.MapGet("/thumbnails/attachment-files/{attachment_file_id}.png", async (string attachment_file_id, HttpContext c, ThumbnailService s, CancellationToken t) =>
            Serve(c, await s.AttachmentThumbnailAsync(c.User.ToActor(), Ids.Parse(attachment_file_id), t))).WithName("Pictures_Attachment").WithSummary("The thumbnail of an image attachment");
        return api;
    }

    private static async Task<IResult> SaveBackgroundAsync(string id, HttpContext context, ThumbnailService service, CancellationToken cancellationToken)
    {
        var backgroundId = Ids.Parse(id);
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : throw new WrongParameterException("File not provided.");
        var file = form.Files["file"] ?? (form.Files.Count > 0 ? form.Files[0] : null) ?? throw new WrongParameterException("File not provided.");
        await using var stream = file.OpenReadStream();
        return ZouResults.Created(await service.SaveBackgroundAsync(context.User.ToActor(), backgroundId, file.FileName, stream, cancellationToken));
    }

    private static async Task<Stream> FileAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : throw new WrongParameterException("File not provided.");
        var file = form.Files["file"] ?? (form.Files.Count > 0 ? form.Files[0] : null) ?? throw new WrongParameterException("File not provided.");
        return file.OpenReadStream();
    }

    private static IResult Serve(HttpContext context, string path)
    {
        context.Response.Headers.CacheControl = "private, max-age=604800";
        return Results.File(path, "image/png", lastModified: File.GetLastWriteTimeUtc(path), enableRangeProcessing: true);
    }

    private static Guid RouteId(HttpContext context, string label) => Ids.Parse(context.Request.RouteValues[$"{label}_id"]?.ToString() ?? "");
}
