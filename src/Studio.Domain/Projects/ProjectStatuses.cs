using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;

namespace Studio.Domain.Projects;

/// <summary>The Open and Closed project statuses, created on first use as Zou does.</summary>
public sealed class ProjectStatuses(StudioDbContext db)
{
    public Task<ProjectStatus> OpenAsync(CancellationToken cancellationToken) => GetOrCreateAsync(ProjectStatusNames.Open, "#FFFFFF", cancellationToken);

    public Task<ProjectStatus> ClosedAsync(CancellationToken cancellationToken) => GetOrCreateAsync(ProjectStatusNames.Closed, "#000000", cancellationToken);

    private async Task<ProjectStatus> GetOrCreateAsync(string name, string color, CancellationToken cancellationToken)
    {
        var status = db.Set<ProjectStatus>().Local.FirstOrDefault(s => s.Name == name)
            ?? await db.Set<ProjectStatus>().FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
        if (status is null)
        {
            status = new ProjectStatus { Id = Guid.NewGuid(), Name = name, Color = color };
            db.Add(status);
        }

        return status;
    }
}
