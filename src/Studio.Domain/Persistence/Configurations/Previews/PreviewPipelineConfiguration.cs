using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Previews;

namespace Studio.Domain.Persistence.Configurations.Previews;

internal sealed class PreviewPipelineConfiguration : IEntityTypeConfiguration<PreviewPipeline>
{
    public void Configure(EntityTypeBuilder<PreviewPipeline> builder)
    {
        builder.ToTable("preview_file_pipeline");
        builder.HasKey(p => p.PreviewFileId);

        // What the pipeline kept of a preview means nothing without it: the row goes when the preview is deleted.
        builder.HasOne<PreviewFile>().WithOne().HasForeignKey<PreviewPipeline>(p => p.PreviewFileId).OnDelete(DeleteBehavior.Cascade);
    }
}
