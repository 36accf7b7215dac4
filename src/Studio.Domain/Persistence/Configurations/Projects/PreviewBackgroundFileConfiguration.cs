using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class PreviewBackgroundFileConfiguration : IEntityTypeConfiguration<PreviewBackgroundFile>
{
    public void Configure(EntityTypeBuilder<PreviewBackgroundFile> builder)
    {
        builder.ToTable("preview_background_file");
        builder.Property(p => p.Name).HasMaxLength(40);
        builder.Property(p => p.OriginalName).HasMaxLength(250);
        builder.Property(p => p.Extension).HasMaxLength(6);
        builder.HasIndex(p => p.IsDefault);
    }
}
