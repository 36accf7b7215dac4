using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Studio.Domain.Access;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;

namespace Studio.Media;

/// <summary>
/// The small pictures: avatars of people, productions and the organisation (400×400, Zou's BIG_SQUARE),
/// preview backgrounds (the file kept, a 300×200 thumbnail), and thumbnails of image attachments (see
/// <see cref="PictureFit"/>); an upload that is not a picture gets a clear 400.
/// </summary>
public sealed class ThumbnailService(IDbContextFactory<StudioDbContext> factory, Ffmpeg ffmpeg, EventPublisher events, AttachmentStore attachments, IOptions<StudioOptions> options)
{
    /// <summary>People (<c>persons</c>), productions (<c>projects</c>), the organisation (<c>organisations</c>), backgrounds.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "persons", "projects", "organisations", "preview-background-files" };

    public string PathOf(string kind, Guid id) => Path.Combine(options.Value.FullDataDirectory, "pictures", "thumbnails", kind, $"{id:N}.png");

    /// <summary>Stores an avatar: the person themself or an admin; a production's manager; the organisation's admin.</summary>
    public async Task SaveAvatarAsync(Actor actor, string kind, Guid id, Stream upload, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        switch (kind)
        {
            case "persons":
                var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException();
                if (person.Id != actor.PersonId)
                {
                    ProjectAccess.EnsureAdmin(actor);
                }

                await ResizeAsync(upload, PathOf(kind, id), PictureFit.Avatar, cancellationToken);
                person.HasAvatar = true;
                break;
            case "projects":
                var project = await db.Set<Project>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException();
                await new ProjectAccess(db, actor).EnsureManagerAsync(project.Id, cancellationToken);
                await ResizeAsync(upload, PathOf(kind, id), PictureFit.Avatar, cancellationToken);
                project.HasAvatar = true;
                break;
            case "organisations":
                ProjectAccess.EnsureAdmin(actor);
                var organisation = await db.Set<Organisation>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException();
                await ResizeAsync(upload, PathOf(kind, id), PictureFit.Avatar, cancellationToken);
                organisation.HasAvatar = true;
                break;
            default:
                throw new NotFoundException();
        }

        var e = EventPublisher.Stage(db, $"{kind.TrimEnd('s')}:update", new EventData { [$"{kind.TrimEnd('s')}_id"] = id.ToString() }, kind == "projects" ? id : null, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
    }

    /// <summary>ZOU: a person removes their own avatar (the user route).</summary>
    public Task ClearMyAvatarAsync(Actor actor, CancellationToken cancellationToken) => ClearAvatarAsync(actor, actor.PersonId, cancellationToken);

    /// <summary>ZOU: an administrator removes a person's avatar (the persons route is the administrator's, even for their own).</summary>
    public Task ClearPersonAvatarAsync(Actor actor, Guid personId, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(actor);
        return ClearAvatarAsync(actor, personId, cancellationToken);
    }

    /// <summary>The flag goes, then the file.</summary>
    private async Task ClearAvatarAsync(Actor actor, Guid personId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) ?? throw new NotFoundException();
        person.HasAvatar = false;
        var e = EventPublisher.Stage(db, "person:update", new EventData { ["person_id"] = personId.ToString() }, null, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
        File.Delete(PathOf("persons", personId));
    }

    /// <summary>An avatar's file for any signed-in caller; 404 when the row has none.</summary>
    public async Task<string> AvatarAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var has = kind switch
        {
            "persons" => await db.Set<Person>().AnyAsync(p => p.Id == id && p.HasAvatar, cancellationToken),
            "projects" => await db.Set<Project>().AnyAsync(p => p.Id == id && p.HasAvatar, cancellationToken),
            "organisations" => await db.Set<Organisation>().AnyAsync(o => o.Id == id && o.HasAvatar, cancellationToken),
            "preview-background-files" => await db.Set<PreviewBackgroundFile>().AnyAsync(b => b.Id == id, cancellationToken),
            _ => false,
        };
        var path = PathOf(kind, id);
        return has && File.Exists(path) ? path : throw new NotFoundException();
    }

    /// <summary>
    /// A preview background (admin): the uploaded file is kept as it is (an HDR or EXR image, or a PNG/JPEG) and a
    /// 300×200 thumbnail is made from it.
    /// </summary>
    public async Task<PreviewBackgroundFile> SaveBackgroundAsync(Actor actor, Guid id, string fileName, Stream upload, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(actor);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var background = await db.Set<PreviewBackgroundFile>().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) ?? throw new NotFoundException();
        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        if (extension is not ("hdr" or "exr" or "png" or "jpg" or "jpeg"))
        {
            throw new WrongParameterException($"Wrong file format, extension: {extension}");
        }

        var file = Path.Combine(options.Value.FullDataDirectory, "pictures", "preview-backgrounds", $"{id:N}.{extension}");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using (var target = File.Create(file))
        {
            await upload.CopyToAsync(target, cancellationToken);
        }

        await using (var stored = File.OpenRead(file))
        {
            await ResizeAsync(stored, PathOf("preview-background-files", id), new PictureFit(300, 200, Crop: false), cancellationToken);
        }

        background.OriginalName = Path.GetFileNameWithoutExtension(fileName);
        background.Extension = extension;
        background.FileSize = new FileInfo(file).Length;
        var e = EventPublisher.Stage(db, "preview-background-file:update", new EventData { ["preview_background_file_id"] = id.ToString() }, null, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
        return background;
    }

    /// <summary>The thumbnail of an image attachment (made once, then kept), for whoever may read its comment whole.</summary>
    public async Task<string> AttachmentThumbnailAsync(Actor actor, Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var file = await db.Set<AttachmentFile>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, cancellationToken) ?? throw new NotFoundException();
        await CommentVisibility.EnsureAttachmentReadableAsync(db, actor, file, cancellationToken);
        if (file.Extension is not ("png" or "jpg" or "jpeg" or "gif" or "webp" or "bmp"))
        {
            throw new NotFoundException();
        }

        var thumbnail = PathOf("attachment-files", attachmentId);
        if (!File.Exists(thumbnail))
        {
            await using var source = File.OpenRead(attachments.PathOf(attachmentId));
            await ResizeAsync(source, thumbnail, new PictureFit(150, 100, Crop: false, PadColor: 0x00000000), cancellationToken);
        }

        return thumbnail;
    }

    /// <summary>
    /// Writes a picture resized as PNG (atomically): with SkiaSharp in-process, or with ffmpeg for the formats SkiaSharp
    /// does not read (HDR, EXR, TIFF); 400 when neither can read it.
    /// </summary>
    private async Task ResizeAsync(Stream upload, string target, PictureFit fit, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var input = target + $".{Guid.NewGuid():N}.in";
        var output = target + $".{Guid.NewGuid():N}.part.png";
        try
        {
            await using (var file = File.Create(input))
            {
                await upload.CopyToAsync(file, cancellationToken);
            }

            try
            {
                if (!fit.TryResize(input, output))
                {
                    await ffmpeg.RunAsync(["-i", input, "-frames:v", "1", "-vf", fit.FfmpegFilter, output], null, cancellationToken);
                }
            }
            catch (MediaEnvironmentException e) when (e.ExitCode is not null)
            {
                // ffmpeg ran and could not read it: the upload is not a picture.
                throw new WrongParameterException("The file is not a picture.");
            }

            File.Move(output, target, overwrite: true);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
