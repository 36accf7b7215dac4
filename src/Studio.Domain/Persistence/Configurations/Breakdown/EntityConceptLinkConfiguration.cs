using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;

namespace Studio.Domain.Persistence.Configurations.Breakdown;

internal sealed class EntityConceptLinkConfiguration : IEntityTypeConfiguration<EntityConceptLink>
{
    public void Configure(EntityTypeBuilder<EntityConceptLink> builder)
    {
        builder.ToTable("entity_concept_link");
        // ZOU: no named constraint in Zou (its key is (entity_in_id, entity_out_id, id)); the pair is kept unique here.
        builder.HasIndex(l => new { l.EntityInId, l.EntityOutId }).IsUnique().HasDatabaseName("entity_concept_link_uc");
        builder.HasOne<Entity>().WithMany().HasForeignKey(l => l.EntityInId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(l => l.EntityOutId);
    }
}
