using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Timesheets;

namespace Studio.Domain.Persistence.Configurations.Timesheets;

internal sealed class DayOffConfiguration : IEntityTypeConfiguration<DayOff>
{
    public void Configure(EntityTypeBuilder<DayOff> builder)
    {
        builder.ToTable("day_off", t => t.HasCheckConstraint("day_off_date_check", "date <= end_date"));
        builder.HasIndex(d => d.PersonId);
        builder.HasIndex(d => new { d.PersonId, d.Date }).IsUnique().HasDatabaseName("day_off_uc");
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId);
    }
}
