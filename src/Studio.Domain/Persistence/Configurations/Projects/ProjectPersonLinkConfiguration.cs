using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectPersonLinkConfiguration : IEntityTypeConfiguration<ProjectPersonLink>
{
    public void Configure(EntityTypeBuilder<ProjectPersonLink> builder)
    {
        builder.ToTable("project_person_link");
        builder.HasKey(l => new { l.ProjectId, l.PersonId });
        builder.Property(l => l.Role).HasMaxLength(20);
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId);
    }
}
