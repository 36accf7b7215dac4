using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class DepartmentMetadataDescriptorLinkConfiguration : IEntityTypeConfiguration<DepartmentMetadataDescriptorLink>
{
    public void Configure(EntityTypeBuilder<DepartmentMetadataDescriptorLink> builder)
    {
        builder.ToTable("department_metadata_descriptor_link");
        builder.HasKey(l => new { l.MetadataDescriptorId, l.DepartmentId });
        builder.HasIndex(l => new { l.MetadataDescriptorId, l.DepartmentId }).IsUnique()
            .HasDatabaseName("department_metadata_descriptor_link_uc");
        builder.HasOne<MetadataDescriptor>().WithMany().HasForeignKey(l => l.MetadataDescriptorId);
        builder.HasOne<Department>().WithMany().HasForeignKey(l => l.DepartmentId);
    }
}
