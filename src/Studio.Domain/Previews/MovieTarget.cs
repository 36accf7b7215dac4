using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Domain.Previews;

/// <summary>
/// The frame rate and frame size a production's movies are normalized to: the entity's
/// <c>data.fps</c>/<c>data.resolution</c> over the production's, 25 fps and 1080 lines by default, a width taken from
/// the source's shape when none is set.
/// </summary>
public sealed record MovieTarget(double Fps, int? Width, int Height)
{
    /// <summary>ZOU: the rate is written <c>%.3f</c> ("25.000"), a comma accepted as the decimal mark.</summary>
    public string FpsText => Fps.ToString("0.000", CultureInfo.InvariantCulture);

    public static MovieTarget From(string? fps, string? resolution)
    {
        var rate = double.TryParse(fps?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 25;
        int? width = null;
        var height = 1080;
        var parts = (resolution ?? "").ToLowerInvariant().Split('x');
        if (parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var h) && h > 0)
        {
            height = h;
            width = int.TryParse(parts[0], CultureInfo.InvariantCulture, out var w) && w > 0 ? w : null;
        }

        return new MovieTarget(rate, width, height);
    }

    /// <summary>The target of a preview's movie: its entity's settings over its production's.</summary>
    public static async Task<MovieTarget> OfPreviewAsync(StudioDbContext db, Guid previewId, CancellationToken cancellationToken)
    {
        var row = await db.Set<PreviewFile>().AsNoTracking().Where(p => p.Id == previewId)
            .Join(db.Set<ProductionTask>(), p => p.TaskId, t => t.Id, (p, t) => t)
            .Select(t => new
            {
                Entity = db.Set<Entity>().Where(e => e.Id == t.EntityId).Select(e => e.Data).FirstOrDefault(),
                Project = db.Set<Project>().Where(p => p.Id == t.ProjectId).Select(p => new { p.Fps, p.Resolution }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return From(row?.Entity?["fps"]?.ToString() ?? row?.Project?.Fps, row?.Entity?["resolution"]?.ToString() ?? row?.Project?.Resolution);
    }

    /// <summary>The target of a production (a playlist's movie).</summary>
    public static async Task<MovieTarget> OfProjectAsync(StudioDbContext db, Guid? projectId, CancellationToken cancellationToken)
    {
        var project = await db.Set<Project>().AsNoTracking().Where(p => p.Id == projectId).Select(p => new { p.Fps, p.Resolution }).FirstOrDefaultAsync(cancellationToken);
        return From(project?.Fps, project?.Resolution);
    }

    /// <summary>The even frame size for a source of the given size and pixel shape.</summary>
    public (int Width, int Height) SizeFor(int sourceWidth, int sourceHeight, double sampleAspectRatio)
    {
        var width = Width ?? (int)Math.Ceiling(Height * (sourceWidth * sampleAspectRatio / Math.Max(1, sourceHeight)));
        return (Even(width), Even(Height));
    }

    private static int Even(int value) => Math.Max(2, value + (value % 2));
}
