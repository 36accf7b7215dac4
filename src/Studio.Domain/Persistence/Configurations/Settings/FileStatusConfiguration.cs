using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Settings;

internal sealed class FileStatusConfiguration : IEntityTypeConfiguration<FileStatus>
{
    public void Configure(EntityTypeBuilder<FileStatus> builder)
    {
        builder.ToTable("file_status");
        builder.Property(f => f.Name).HasMaxLength(40);
        builder.Property(f => f.Color).HasMaxLength(7);
        builder.HasIndex(f => f.Name).IsUnique();
    }
}
