using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Settings;

internal sealed class ProductionTaskStatusConfiguration : IEntityTypeConfiguration<ProductionTaskStatus>
{
    public void Configure(EntityTypeBuilder<ProductionTaskStatus> builder)
    {
        builder.ToTable("task_status");
        builder.Property(s => s.Name).HasMaxLength(40);
        builder.Property(s => s.ShortName).HasMaxLength(10);
        builder.Property(s => s.Color).HasMaxLength(7);
        builder.HasIndex(s => s.ShortName).IsUnique();
        builder.HasIndex(s => s.IsDone);
        builder.HasIndex(s => s.IsFeedbackRequest);
        builder.HasIndex(s => s.IsDefault);
        builder.HasIndex(s => s.IsWip);
    }
}
