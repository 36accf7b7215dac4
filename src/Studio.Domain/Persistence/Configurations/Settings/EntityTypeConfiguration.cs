using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Settings;

internal sealed class EntityTypeConfiguration : IEntityTypeConfiguration<EntityType>
{
    public void Configure(EntityTypeBuilder<EntityType> builder)
    {
        builder.ToTable("entity_type");
        builder.Property(t => t.Name).HasMaxLength(30);
        builder.Property(t => t.ShortName).HasMaxLength(20);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
