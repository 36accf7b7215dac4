using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectTemplateTaskTypeLinkConfiguration : IEntityTypeConfiguration<ProjectTemplateTaskTypeLink>
{
    public void Configure(EntityTypeBuilder<ProjectTemplateTaskTypeLink> builder)
    {
        builder.ToTable("project_template_task_type_link");
        builder.HasIndex(l => new { l.ProjectTemplateId, l.TaskTypeId }).IsUnique().HasDatabaseName("project_template_tasktype_uc");
        builder.HasOne<ProjectTemplate>().WithMany().HasForeignKey(l => l.ProjectTemplateId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(l => l.TaskTypeId);
    }
}
