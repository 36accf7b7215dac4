using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;

namespace Studio.Domain.Persistence.Configurations.Breakdown;

internal sealed class AssetInstanceLinkConfiguration : IEntityTypeConfiguration<AssetInstanceLink>
{
    public void Configure(EntityTypeBuilder<AssetInstanceLink> builder)
    {
        builder.ToTable("asset_instance_link");
        builder.HasKey(l => new { l.EntityId, l.AssetInstanceId });
        builder.HasOne<Entity>().WithMany().HasForeignKey(l => l.EntityId);
        builder.HasOne<AssetInstance>().WithMany().HasForeignKey(l => l.AssetInstanceId);
    }
}
