using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Settings;

internal sealed class OutputTypeConfiguration : IEntityTypeConfiguration<OutputType>
{
    public void Configure(EntityTypeBuilder<OutputType> builder)
    {
        builder.ToTable("output_type");
        builder.Property(o => o.Name).HasMaxLength(40);
        builder.Property(o => o.ShortName).HasMaxLength(20);
        builder.HasIndex(o => o.Name).IsUnique();
    }
}
