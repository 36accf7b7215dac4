using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Planning;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Planning;

internal sealed class ProductionScheduleVersionConfiguration : IEntityTypeConfiguration<ProductionScheduleVersion>
{
    public void Configure(EntityTypeBuilder<ProductionScheduleVersion> builder)
    {
        builder.ToTable("production_schedule_version");
        builder.Property(p => p.Name).HasMaxLength(80);
        builder.HasIndex(p => p.ProjectId);
        builder.HasIndex(p => p.ProductionScheduleFrom);
        builder.HasIndex(p => new { p.Name, p.ProjectId }).IsUnique().HasDatabaseName("production_schedule_version_uc");
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProductionScheduleVersion>().WithMany().HasForeignKey(p => p.ProductionScheduleFrom);
    }
}
