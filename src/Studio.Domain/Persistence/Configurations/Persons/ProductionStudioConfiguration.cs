using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Persons;

internal sealed class ProductionStudioConfiguration : IEntityTypeConfiguration<ProductionStudio>
{
    public void Configure(EntityTypeBuilder<ProductionStudio> builder)
    {
        builder.ToTable("studio");
        builder.Property(s => s.Name).HasMaxLength(80);
        builder.Property(s => s.Color).HasMaxLength(7);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
