using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Persons;

internal sealed class SoftwareDepartmentLinkConfiguration : IEntityTypeConfiguration<SoftwareDepartmentLink>
{
    public void Configure(EntityTypeBuilder<SoftwareDepartmentLink> builder)
    {
        builder.ToTable("software_department_link");
        builder.HasIndex(l => new { l.DepartmentId, l.SoftwareId }).IsUnique().HasDatabaseName("software_department_link_uc");
        builder.HasOne<Department>().WithMany().HasForeignKey(l => l.DepartmentId);
        builder.HasOne<Software>().WithMany().HasForeignKey(l => l.SoftwareId);
    }
}
