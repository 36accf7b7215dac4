using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Files;
using Studio.Domain.Persistence;
using Studio.Domain.Planning;
using Studio.Domain.Previews;
using Studio.Domain.Tasks;

namespace Studio.Domain.Crud;

/// <summary>The project of a row named by its id, for each kind of row other rows point at.</summary>
public static class ProjectOfId
{
    public static Task<Guid?> TaskAsync(StudioDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<ProductionTask>().Where(t => t.Id == id).Select(t => t.ProjectId).FirstOrDefaultAsync(cancellationToken);

    public static Task<Guid?> EntityAsync(StudioDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<Entity>().Where(e => e.Id == id).Select(e => (Guid?)e.ProjectId).FirstOrDefaultAsync(cancellationToken);

    public static Task<Guid?> PreviewFileAsync(StudioDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<PreviewFile>().Where(p => p.Id == id)
            .Join(db.Set<ProductionTask>(), p => p.TaskId, t => t.Id, (_, t) => t.ProjectId).FirstOrDefaultAsync(cancellationToken);

    public static Task<Guid?> WorkingFileAsync(StudioDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<WorkingFile>().Where(w => w.Id == id)
            .Join(db.Set<ProductionTask>(), w => w.TaskId, t => t.Id, (_, t) => t.ProjectId).FirstOrDefaultAsync(cancellationToken);

    public static Task<Guid?> OutputFileAsync(StudioDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<OutputFile>().Where(o => o.Id == id)
            .Join(db.Set<Entity>(), o => o.EntityId, e => (Guid?)e.Id, (_, e) => (Guid?)e.ProjectId).FirstOrDefaultAsync(cancellationToken);

    public static Task<Guid?> AssetInstanceAsync(StudioDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<AssetInstance>().Where(a => a.Id == id)
            .Join(db.Set<Entity>(), a => a.AssetId, e => e.Id, (_, e) => (Guid?)e.ProjectId).FirstOrDefaultAsync(cancellationToken);

    public static Task<Guid?> ScheduleVersionAsync(StudioDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<ProductionScheduleVersion>().Where(v => v.Id == id).Select(v => (Guid?)v.ProjectId).FirstOrDefaultAsync(cancellationToken);
}
