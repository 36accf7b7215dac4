using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Settings;

internal sealed class HardwareItemConfiguration : IEntityTypeConfiguration<HardwareItem>
{
    public void Configure(EntityTypeBuilder<HardwareItem> builder)
    {
        builder.ToTable("hardware_item");
        builder.Property(h => h.Name).HasMaxLength(40);
        builder.Property(h => h.ShortName).HasMaxLength(20);
        builder.HasIndex(h => h.Name).IsUnique();
    }
}
