using System.Text.Json.Nodes;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Media;
using Studio.Web.Api.Zou;

namespace Studio.Web.Api.Pictures;

/// <summary>Zou's picture routes beyond previews: avatars, preview backgrounds, attachment thumbnails.</summary>
public static class PicturesEndpoints
{
    /// <summary>The body limit these routes have always had: Kestrel's default.</summary>
    private const long UploadLimit = 30_000_000;

    public static IEndpointRouteBuilder MapPicturesEndpoints(this IEndpointRouteBuilder api)
    {
        var pictures = api.MapGroup("/pictures").WithTags("Pictures");
        pictures.MapPost("/thumbnails/persons/{person_id}", (ZouId person_id, Actor actor, HttpRequest request, ThumbnailService s, CancellationToken t) => SaveAvatarAsync("persons", person_id, actor, request, s, t))
            .WithName("Pictures_Save_persons").WithSummary("Upload the avatar of a person (400×400)").AcceptsUploads(UploadLimit);
        pictures.MapGet("/thumbnails/persons/{person_id}.png", (ZouId person_id, HttpContext c, ThumbnailService s, CancellationToken t) => ServeAvatarAsync(c, s, "persons", person_id, t))
            .WithName("Pictures_Get_persons").WithSummary("The avatar of a person");
        pictures.MapPost("/thumbnails/projects/{project_id}", (ZouId project_id, Actor actor, HttpRequest request, ThumbnailService s, CancellationToken t) => SaveAvatarAsync("projects", project_id, actor, request, s, t))
            .WithName("Pictures_Save_projects").WithSummary("Upload the avatar of a project (400×400)").AcceptsUploads(UploadLimit);
        pictures.MapGet("/thumbnails/projects/{project_id}.png", (ZouId project_id, HttpContext c, ThumbnailService s, CancellationToken t) => ServeAvatarAsync(c, s, "projects", project_id, t))
            .WithName("Pictures_Get_projects").WithSummary("The avatar of a project");
        pictures.MapPost("/thumbnails/organisations/{organisation_id}", (ZouId organisation_id, Actor actor, HttpRequest request, ThumbnailService s, CancellationToken t) => SaveAvatarAsync("organisations", organisation_id, actor, request, s, t))
            .WithName("Pictures_Save_organisations").WithSummary("Upload the avatar of a organisation (400×400)").AcceptsUploads(UploadLimit);
        pictures.MapGet("/thumbnails/organisations/{organisation_id}.png", (ZouId organisation_id, HttpContext c, ThumbnailService s, CancellationToken t) => ServeAvatarAsync(c, s, "organisations", organisation_id, t))
            .WithName("Pictures_Get_organisations").WithSummary("The avatar of a organisation");

        // ZOU: a production's avatar is also posted to the path without ".png", and read from it.
        pictures.MapGet("/thumbnails/projects/{project_id}", (ZouId project_id, HttpContext c, ThumbnailService s, CancellationToken t) => ServeAvatarAsync(c, s, "projects", project_id, t))
            .WithName("Pictures_GetProjectBare").WithSummary("The avatar of a production");
        pictures.MapPost("/thumbnails/persons/{person_id}.png", (ZouId person_id, Actor actor, HttpRequest request, ThumbnailService s, CancellationToken t) => SaveAvatarAsync("persons", person_id, actor, request, s, t))
            .WithName("Pictures_SavePersonPng").WithSummary("Upload a person's avatar").AcceptsUploads(UploadLimit);
        pictures.MapPost("/preview-background-files/{preview_background_file_id}", SaveBackgroundAsync)
            .WithName("Pictures_SaveBackground").WithSummary("Upload a preview background (HDR, EXR, PNG, JPEG)").AcceptsUploads(UploadLimit);
        pictures.MapPost("/thumbnails/preview-background-files/{preview_background_file_id}.png", SaveBackgroundAsync)
            .WithName("Pictures_SaveBackgroundThumbnail").WithSummary("Upload a preview background").AcceptsUploads(UploadLimit);
        pictures.MapGet("/thumbnails/preview-background-files/{preview_background_file_id}.png", (ZouId preview_background_file_id, HttpContext c, ThumbnailService s, CancellationToken t) =>
            ServeAvatarAsync(c, s, "preview-background-files", preview_background_file_id, t)).WithName("Pictures_Background").WithSummary("A preview background's thumbnail");
        pictures.MapGet("/thumbnails/attachment-files/{attachment_file_id}.png", AttachmentThumbnailAsync).WithName("Pictures_Attachment").WithSummary("The thumbnail of an image attachment");
        return api;
    }

    /// <summary>ZOU: the answer is the path the avatar is read from, without the <c>/api</c> prefix.</summary>
    private static async Task<IResult> SaveAvatarAsync(string kind, Guid id, Actor actor, HttpRequest request, ThumbnailService service, CancellationToken cancellationToken)
    {
        await using var file = await FileAsync(request, cancellationToken);
        await service.SaveAvatarAsync(actor, kind, id, file, cancellationToken);
        return ZouResults.Created(new JsonObject { ["thumbnail_path"] = $"pictures/thumbnails/{kind}/{id}.png" });
    }

    private static async Task<IResult> SaveBackgroundAsync(ZouId preview_background_file_id, Actor actor, HttpRequest request, ThumbnailService service, CancellationToken cancellationToken)
    {
        var file = await FormFileAsync(request, cancellationToken);
        await using var stream = file.OpenReadStream();
        return ZouResults.Created(ZouSerializer.Serialize(await service.SaveBackgroundAsync(actor, preview_background_file_id, file.FileName, stream, cancellationToken)));
    }

    private static async Task<IResult> AttachmentThumbnailAsync(ZouId attachment_file_id, Actor actor, HttpContext context, ThumbnailService service, CancellationToken cancellationToken) =>
        Serve(context, await service.AttachmentThumbnailAsync(actor, attachment_file_id, cancellationToken));

    private static async Task<IResult> ServeAvatarAsync(HttpContext context, ThumbnailService service, string kind, Guid id, CancellationToken cancellationToken) =>
        Serve(context, await service.AvatarAsync(kind, id, cancellationToken));

    /// <summary>The form's <c>file</c>, else its first file.</summary>
    private static async Task<IFormFile> FormFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : throw new WrongParameterException("File not provided.");
        return form.Files["file"] ?? (form.Files.Count > 0 ? form.Files[0] : null) ?? throw new WrongParameterException("File not provided.");
    }

    private static async Task<Stream> FileAsync(HttpRequest request, CancellationToken cancellationToken) => (await FormFileAsync(request, cancellationToken)).OpenReadStream();

    private static IResult Serve(HttpContext context, string path)
    {
        context.Response.Headers.CacheControl = "private, max-age=604800";
        return Results.File(path, "image/png", lastModified: File.GetLastWriteTimeUtc(path), enableRangeProcessing: true);
    }
}
