using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Planning;

namespace Studio.Domain.Persistence.Configurations.Planning;

internal sealed class BudgetEntryConfiguration : IEntityTypeConfiguration<BudgetEntry>
{
    public void Configure(EntityTypeBuilder<BudgetEntry> builder)
    {
        builder.ToTable("budget_entry");
        builder.Property(b => b.Position).HasMaxLength(20);
        builder.Property(b => b.Seniority).HasMaxLength(20);
        builder.HasIndex(b => b.BudgetId);
        builder.HasIndex(b => b.DepartmentId);
        builder.HasIndex(b => b.PersonId);
        builder.HasOne<Budget>().WithMany().HasForeignKey(b => b.BudgetId);
        builder.HasOne<Department>().WithMany().HasForeignKey(b => b.DepartmentId);
        builder.HasOne<Person>().WithMany().HasForeignKey(b => b.PersonId);
    }
}
