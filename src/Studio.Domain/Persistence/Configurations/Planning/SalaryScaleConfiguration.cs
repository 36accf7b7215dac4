using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Planning;

namespace Studio.Domain.Persistence.Configurations.Planning;

internal sealed class SalaryScaleConfiguration : IEntityTypeConfiguration<SalaryScale>
{
    public void Configure(EntityTypeBuilder<SalaryScale> builder)
    {
        builder.ToTable("salary_scale");
        builder.Property(s => s.Position).HasMaxLength(20);
        builder.Property(s => s.Seniority).HasMaxLength(20);
        builder.HasIndex(s => s.DepartmentId);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
