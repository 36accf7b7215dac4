using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Events;
using Studio.Domain.Persons;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Events;

internal sealed class ApiEventConfiguration : IEntityTypeConfiguration<ApiEvent>
{
    public void Configure(EntityTypeBuilder<ApiEvent> builder)
    {
        builder.ToTable("api_event");
        builder.Property(a => a.Name).HasMaxLength(80);
        builder.HasIndex(a => a.Name);
        builder.HasIndex(a => a.UserId);
        builder.HasIndex(a => a.ProjectId);
        builder.HasIndex(a => a.CreatedAt).HasDatabaseName("ix_api_event_created_at");
        builder.HasIndex(a => new { a.ProjectId, a.CreatedAt }).HasDatabaseName("ix_api_event_project_id_created_at");
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.UserId);
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId);
    }
}
