using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;

namespace Studio.Domain.Persistence.Configurations.Breakdown;

internal sealed class EntityLinkConfiguration : IEntityTypeConfiguration<EntityLink>
{
    public void Configure(EntityTypeBuilder<EntityLink> builder)
    {
        builder.ToTable("entity_link");
        builder.Property(l => l.Label).HasMaxLength(80);
        builder.HasIndex(l => l.EntityInId);
        builder.HasIndex(l => l.EntityOutId);
        builder.HasIndex(l => new { l.EntityInId, l.EntityOutId }).IsUnique().HasDatabaseName("entity_link_uc");
        builder.HasOne<Entity>().WithMany().HasForeignKey(l => l.EntityInId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(l => l.EntityOutId);
    }
}
