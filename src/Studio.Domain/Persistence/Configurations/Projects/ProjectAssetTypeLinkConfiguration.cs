using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectAssetTypeLinkConfiguration : IEntityTypeConfiguration<ProjectAssetTypeLink>
{
    public void Configure(EntityTypeBuilder<ProjectAssetTypeLink> builder)
    {
        builder.ToTable("project_asset_type_link");
        builder.HasKey(l => new { l.ProjectId, l.AssetTypeId });
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId);
        builder.HasOne<EntityType>().WithMany().HasForeignKey(l => l.AssetTypeId);
    }
}
