using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Breakdown;

internal sealed class AssetInstanceConfiguration : IEntityTypeConfiguration<AssetInstance>
{
    public void Configure(EntityTypeBuilder<AssetInstance> builder)
    {
        builder.ToTable("asset_instance");
        builder.Property(i => i.Name).HasMaxLength(80);
        builder.Property(i => i.Description).HasMaxLength(200);
        builder.HasIndex(i => i.AssetId);
        builder.HasIndex(i => i.SceneId);
        builder.HasIndex(i => i.TargetAssetId);
        builder.HasIndex(i => new { i.AssetId, i.TargetAssetId, i.SceneId, i.Number }).IsUnique().HasDatabaseName("asset_instance_uc");
        builder.HasOne<Entity>().WithMany().HasForeignKey(i => i.AssetId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(i => i.SceneId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(i => i.TargetAssetId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(i => i.EntityId);
        builder.HasOne<EntityType>().WithMany().HasForeignKey(i => i.EntityTypeId);
    }
}
