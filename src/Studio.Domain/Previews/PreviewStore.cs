using Microsoft.Extensions.Options;
using Studio.Domain.Persistence;

namespace Studio.Domain.Previews;

/// <summary>
/// Where preview media live: <c>&lt;data&gt;/previews/&lt;variant&gt;/&lt;2 first characters&gt;/&lt;id&gt;.&lt;ext&gt;</c>. Variants
/// are Zou's: <c>source</c> (the upload), <c>original</c> (full-size picture, or a non-media file), <c>previews</c>
/// (the high-definition movie, or the 1200-wide picture), <c>lowdef</c>, <c>thumbnails</c>, <c>thumbnails-square</c>,
/// <c>tiles</c>. A file is written under a temporary name and moved into place once complete.
/// </summary>
public sealed class PreviewStore(IOptions<StudioOptions> options)
{
    public const string Source = "source";
    public const string Original = "original";
    public const string Previews = "previews";
    public const string LowDef = "lowdef";
    public const string Thumbnails = "thumbnails";
    public const string ThumbnailsSquare = "thumbnails-square";
    public const string Tiles = "tiles";

    /// <summary>Not a folder: the <c>previews</c> movie of an upload kept as it was (<c>normalize=false</c>), under the upload's extension.</summary>
    public const string AsUploaded = "previews+uploaded";

    public static readonly IReadOnlySet<string> Pictures = new HashSet<string>(StringComparer.Ordinal) { "jpe", "jpeg", "jpg", "png" };

    public static readonly IReadOnlySet<string> Movies = new HashSet<string>(StringComparer.Ordinal) { "avi", "m4v", "mkv", "mov", "mp4", "webm", "wmv" };

    public static readonly IReadOnlySet<string> Files = new HashSet<string>(StringComparer.Ordinal)
    {
        "ae", "ai", "blend", "clip", "comp", "diff", "exr", "fbx", "fla", "flv", "gif", "glb", "gltf", "hip", "kra", "ma", "mb", "md", "mp3", "obj",
        "pdf", "psd", "psb", "rar", "rev", "riv", "sai", "sai2", "sbbkp", "svg", "swf", "tvpp", "wav", "zip",
    };

    public string Root => Path.Combine(options.Value.FullDataDirectory, "previews");

    public string PathOf(string variant, Guid id, string extension)
    {
        var name = id.ToString("N");
        return Path.Combine(Root, variant, name[..2], $"{name}.{extension}");
    }

    /// <summary>The variant's file if it exists.</summary>
    public string? Find(string variant, Guid id, string extension)
    {
        var path = PathOf(variant, id, extension);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The movie a playlist plays for a preview: the high definition, a movie kept as uploaded, else the low definition.</summary>
    public string? FindMovie(Guid id) =>
        Find(Previews, id, "mp4") ?? Movies.Select(e => Find(Previews, id, e)).FirstOrDefault(p => p is not null) ?? Find(LowDef, id, "mp4");

    /// <summary>
    /// A temporary path next to the final one; <see cref="Commit"/> moves it into place. Every call gives a new name
    /// (one per write of one attempt), so a retried job never writes into the file of an attempt whose ffmpeg outlived
    /// its worker.
    /// </summary>
    public string Temporary(string variant, Guid id, string extension)
    {
        var path = PathOf(variant, id, extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return $"{path}.{Guid.NewGuid():N}.part.{extension}";
    }

    public static void Commit(string temporary, string final) => File.Move(temporary, final, overwrite: true);

    /// <summary>
    /// Streams an upload once, straight to the file of <paramref name="variant"/> (through a temporary name); returns
    /// its size. Refuses an empty file (400) and, while reading, one over <paramref name="maxSize"/> bytes (413).
    /// </summary>
    public async Task<long> SaveAsync(string variant, Guid id, string extension, Stream content, long maxSize, CancellationToken cancellationToken)
    {
        var final = PathOf(variant, id, extension);
        var temporary = Temporary(variant, id, extension);
        long size = 0;
        try
        {
            await using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxSize)
                    {
                        throw new Common.TooLargeException(maxSize);
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size == 0)
            {
                throw new Common.WrongParameterException("File not provided.");
            }

            Commit(temporary, final);
            return size;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Copies every file of a preview (all variants) to another preview's names.</summary>
    public void CopyAll(Guid from, Guid to)
    {
        var source = from.ToString("N");
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var variant in Directory.EnumerateDirectories(Root))
        {
            var folder = Path.Combine(variant, source[..2]);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, source + ".*").Where(f => !f.EndsWith(".part", StringComparison.Ordinal) && !f.Contains(".part.", StringComparison.Ordinal)))
            {
                var target = PathOf(Path.GetFileName(variant), to, Path.GetExtension(file).TrimStart('.'));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }
    }

    /// <summary>Removes every file of a preview (all variants).</summary>
    public void DeleteAll(Guid id)
    {
        var name = id.ToString("N");
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var variant in Directory.EnumerateDirectories(Root))
        {
            var folder = Path.Combine(variant, name[..2]);
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder, name + ".*"))
                {
                    File.Delete(file);
                }
            }
        }
    }
}
