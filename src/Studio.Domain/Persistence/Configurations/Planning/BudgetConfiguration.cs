using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Planning;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Planning;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.ToTable("budget");
        builder.Property(b => b.Name).HasMaxLength(255);
        builder.Property(b => b.Currency).HasMaxLength(3);
        builder.HasIndex(b => b.ProjectId);
        builder.HasOne<Project>().WithMany().HasForeignKey(b => b.ProjectId);
    }
}
