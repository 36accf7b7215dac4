using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectTaskTypeLinkConfiguration : IEntityTypeConfiguration<ProjectTaskTypeLink>
{
    public void Configure(EntityTypeBuilder<ProjectTaskTypeLink> builder)
    {
        builder.ToTable("project_task_type_link");
        builder.HasIndex(l => new { l.ProjectId, l.TaskTypeId }).IsUnique().HasDatabaseName("project_tasktype_uc");
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(l => l.TaskTypeId);
    }
}
