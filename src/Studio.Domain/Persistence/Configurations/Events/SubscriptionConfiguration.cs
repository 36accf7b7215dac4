using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;
using Studio.Domain.Events;
using Studio.Domain.Persons;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Persistence.Configurations.Events;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscription");
        builder.HasIndex(s => s.PersonId);
        builder.HasIndex(s => s.TaskId);
        builder.HasIndex(s => s.EntityId);
        builder.HasIndex(s => s.TaskTypeId);
        builder.HasIndex(s => new { s.PersonId, s.TaskId }).IsUnique().HasDatabaseName("subscription_task_uc");
        builder.HasIndex(s => new { s.PersonId, s.TaskTypeId, s.EntityId }).IsUnique().HasDatabaseName("subscription_entity_uc");
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId);
        builder.HasOne<ProductionTask>().WithMany().HasForeignKey(s => s.TaskId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(s => s.EntityId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(s => s.TaskTypeId);
    }
}
