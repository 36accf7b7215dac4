using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Persons;

internal sealed class DepartmentLinkConfiguration : IEntityTypeConfiguration<DepartmentLink>
{
    public void Configure(EntityTypeBuilder<DepartmentLink> builder)
    {
        builder.ToTable("department_link");
        builder.HasKey(l => new { l.PersonId, l.DepartmentId });
        builder.HasIndex(l => new { l.PersonId, l.DepartmentId }).IsUnique().HasDatabaseName("department_link_uc");
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId);
        builder.HasOne<Department>().WithMany().HasForeignKey(l => l.DepartmentId);
    }
}
