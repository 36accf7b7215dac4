using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Tasks;
using Studio.Domain.Timesheets;

namespace Studio.Domain.Persistence.Configurations.Timesheets;

internal sealed class TimeSpentConfiguration : IEntityTypeConfiguration<TimeSpent>
{
    public void Configure(EntityTypeBuilder<TimeSpent> builder)
    {
        builder.ToTable("time_spent", t => t.HasCheckConstraint("check_duration_positive", "duration > 0"));
        builder.HasIndex(t => t.TaskId);
        builder.HasIndex(t => t.PersonId);
        builder.HasIndex(t => new { t.PersonId, t.TaskId, t.Date }).IsUnique().HasDatabaseName("time_spent_uc");
        builder.HasOne<ProductionTask>().WithMany().HasForeignKey(t => t.TaskId);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId);
    }
}
