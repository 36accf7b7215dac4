using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectTemplateStatusAutomationLinkConfiguration : IEntityTypeConfiguration<ProjectTemplateStatusAutomationLink>
{
    public void Configure(EntityTypeBuilder<ProjectTemplateStatusAutomationLink> builder)
    {
        builder.ToTable("project_template_status_automation_link");
        builder.HasKey(l => new { l.ProjectTemplateId, l.StatusAutomationId });
        builder.HasOne<ProjectTemplate>().WithMany().HasForeignKey(l => l.ProjectTemplateId);
        builder.HasOne<StatusAutomation>().WithMany().HasForeignKey(l => l.StatusAutomationId);
    }
}
