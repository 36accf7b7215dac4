using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectTaskStatusLinkConfiguration : IEntityTypeConfiguration<ProjectTaskStatusLink>
{
    public void Configure(EntityTypeBuilder<ProjectTaskStatusLink> builder)
    {
        builder.ToTable("project_task_status_link");
        builder.HasIndex(l => new { l.ProjectId, l.TaskStatusId }).IsUnique().HasDatabaseName("project_taskstatus_uc");
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId);
        builder.HasOne<ProductionTaskStatus>().WithMany().HasForeignKey(l => l.TaskStatusId);
    }
}
