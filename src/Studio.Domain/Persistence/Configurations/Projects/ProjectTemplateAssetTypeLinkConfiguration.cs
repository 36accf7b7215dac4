using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectTemplateAssetTypeLinkConfiguration : IEntityTypeConfiguration<ProjectTemplateAssetTypeLink>
{
    public void Configure(EntityTypeBuilder<ProjectTemplateAssetTypeLink> builder)
    {
        builder.ToTable("project_template_asset_type_link");
        builder.HasKey(l => new { l.ProjectTemplateId, l.AssetTypeId });
        builder.HasOne<ProjectTemplate>().WithMany().HasForeignKey(l => l.ProjectTemplateId);
        builder.HasOne<EntityType>().WithMany().HasForeignKey(l => l.AssetTypeId);
    }
}
