using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Projects;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/status-automations</c>: an automation used by a project cannot be deleted.</summary>
public sealed class StatusAutomationsCollection : RuleCollection<StatusAutomation>
{
    public StatusAutomationsCollection()
        : base("status-automations")
    {
        // ZOU: Zou lets only the admin read one by id while every non-vendor lists them (Kitsu needs the list):
        // the single route follows the list, so that `?id=X` and `/X` agree.
        List = Who.NoVendor;
        Read = Who.NoVendor;
    }

    public override async Task CheckDeleteAsync(CrudContext context, StatusAutomation row, CancellationToken cancellationToken)
    {
        await base.CheckDeleteAsync(context, row, cancellationToken);
        if (await context.Db.Set<ProjectStatusAutomationLink>().AnyAsync(l => l.StatusAutomationId == row.Id, cancellationToken))
        {
            throw new IntegrityException("This automation is used in a project.");
        }
    }
}
