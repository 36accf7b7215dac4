using Microsoft.Extensions.Options;
using Studio.Domain.Common;
using Studio.Domain.Persistence;

namespace Studio.Domain.Comments;

/// <summary>A file uploaded with a comment or a reply, streamed from the request.</summary>
public sealed record UploadedFile(string FileName, string? ContentType, Stream Content);

/// <summary>
/// Where comment attachments live: <c>&lt;data&gt;/attachments/&lt;2 first characters of the id&gt;/&lt;id&gt;</c>. Files are
/// streamed to a temporary name and renamed once complete, with a size limit; a file of a refused change is
/// removed again by the caller (<see cref="Delete"/>).
/// </summary>
public sealed class AttachmentStore(IOptions<StudioOptions> options)
{
    public long MaxSize => options.Value.MaxAttachmentSize;

    public string PathOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(options.Value.FullDataDirectory, "attachments", name[..2], name);
    }

    /// <summary>Copies the upload to its place and returns its size; 400 when it is empty or larger than the limit.</summary>
    public async Task<long> SaveAsync(Guid id, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".part";
        long size = 0;
        try
        {
            await using (var target = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > MaxSize)
                    {
                        throw new WrongParameterException($"The file is larger than the limit of {MaxSize} bytes.");
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size == 0)
            {
                throw new WrongParameterException("The file is empty.");
            }

            File.Move(partial, path, overwrite: true);
            return size;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public void Delete(Guid id) => File.Delete(PathOf(id));
}
