using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Persons;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("department");
        builder.Property(d => d.Name).HasMaxLength(80);
        builder.Property(d => d.Color).HasMaxLength(7);
        builder.HasIndex(d => d.Name).IsUnique();
    }
}
