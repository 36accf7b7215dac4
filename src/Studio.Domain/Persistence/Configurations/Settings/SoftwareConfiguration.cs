using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Settings;

internal sealed class SoftwareConfiguration : IEntityTypeConfiguration<Software>
{
    public void Configure(EntityTypeBuilder<Software> builder)
    {
        builder.ToTable("software");
        builder.Property(s => s.Name).HasMaxLength(40);
        builder.Property(s => s.ShortName).HasMaxLength(20);
        builder.Property(s => s.Version).HasMaxLength(20);
        builder.Property(s => s.FileExtension).HasMaxLength(20);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
