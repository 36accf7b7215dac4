using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Tasks;

namespace Studio.Domain.Persistence.Configurations.Tasks;

internal sealed class TaskPersonLinkConfiguration : IEntityTypeConfiguration<TaskPersonLink>
{
    public void Configure(EntityTypeBuilder<TaskPersonLink> builder)
    {
        builder.ToTable("task_person_link");
        builder.HasKey(l => new { l.TaskId, l.PersonId });
        builder.HasOne<ProductionTask>().WithMany().HasForeignKey(l => l.TaskId);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId);
    }
}
