using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Planning;

namespace Studio.Domain.Persistence.Configurations.Planning;

internal sealed class ProductionScheduleVersionTaskLinkPersonLinkConfiguration : IEntityTypeConfiguration<ProductionScheduleVersionTaskLinkPersonLink>
{
    public void Configure(EntityTypeBuilder<ProductionScheduleVersionTaskLinkPersonLink> builder)
    {
        builder.ToTable("production_schedule_version_task_link_person_link");
        builder.HasKey(l => new { l.ProductionScheduleVersionTaskLinkId, l.PersonId });
        builder.HasOne<ProductionScheduleVersionTaskLink>().WithMany().HasForeignKey(l => l.ProductionScheduleVersionTaskLinkId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
