using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectTemplateTaskStatusLinkConfiguration : IEntityTypeConfiguration<ProjectTemplateTaskStatusLink>
{
    public void Configure(EntityTypeBuilder<ProjectTemplateTaskStatusLink> builder)
    {
        builder.ToTable("project_template_task_status_link");
        builder.HasIndex(l => new { l.ProjectTemplateId, l.TaskStatusId }).IsUnique().HasDatabaseName("project_template_taskstatus_uc");
        builder.HasOne<ProjectTemplate>().WithMany().HasForeignKey(l => l.ProjectTemplateId);
        builder.HasOne<ProductionTaskStatus>().WithMany().HasForeignKey(l => l.TaskStatusId);
    }
}
