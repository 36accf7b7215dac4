using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectStatusAutomationLinkConfiguration : IEntityTypeConfiguration<ProjectStatusAutomationLink>
{
    public void Configure(EntityTypeBuilder<ProjectStatusAutomationLink> builder)
    {
        builder.ToTable("project_status_automation_link");
        builder.HasKey(l => new { l.ProjectId, l.StatusAutomationId });
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId);
        builder.HasOne<StatusAutomation>().WithMany().HasForeignKey(l => l.StatusAutomationId);
    }
}
