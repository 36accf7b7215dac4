using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Persons;

internal sealed class HardwareItemDepartmentLinkConfiguration : IEntityTypeConfiguration<HardwareItemDepartmentLink>
{
    public void Configure(EntityTypeBuilder<HardwareItemDepartmentLink> builder)
    {
        builder.ToTable("hardware_item_department_link");
        builder.HasIndex(l => new { l.HardwareItemId, l.DepartmentId }).IsUnique().HasDatabaseName("hardware_item_department_link_uc");
        builder.HasOne<Department>().WithMany().HasForeignKey(l => l.DepartmentId);
        builder.HasOne<HardwareItem>().WithMany().HasForeignKey(l => l.HardwareItemId);
    }
}
