using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Settings;

internal sealed class TaskTypeAssetTypeLinkConfiguration : IEntityTypeConfiguration<TaskTypeAssetTypeLink>
{
    public void Configure(EntityTypeBuilder<TaskTypeAssetTypeLink> builder)
    {
        builder.ToTable("task_type_asset_type_link");
        builder.HasKey(l => new { l.AssetTypeId, l.TaskTypeId });
        builder.HasIndex(l => new { l.AssetTypeId, l.TaskTypeId }).IsUnique().HasDatabaseName("task_type_asset_type_link_uc");
        builder.HasOne<EntityType>().WithMany().HasForeignKey(l => l.AssetTypeId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(l => l.TaskTypeId);
    }
}
