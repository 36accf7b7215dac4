using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Breakdown;

internal sealed class EntityVersionConfiguration : IEntityTypeConfiguration<EntityVersion>
{
    public void Configure(EntityTypeBuilder<EntityVersion> builder)
    {
        builder.ToTable("entity_version");
        builder.Property(v => v.Name).HasMaxLength(160);
        builder.HasIndex(v => v.EntityId);
        builder.HasIndex(v => v.PersonId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(v => v.EntityId);
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.PersonId);
    }
}
