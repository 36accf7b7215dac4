using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class CustomActionConfiguration : IEntityTypeConfiguration<CustomAction>
{
    public void Configure(EntityTypeBuilder<CustomAction> builder)
    {
        builder.ToTable("custom_action");
        builder.Property(c => c.Name).HasMaxLength(80);
        builder.Property(c => c.Url).HasMaxLength(400);
        builder.Property(c => c.EntityType).HasMaxLength(40);
    }
}
