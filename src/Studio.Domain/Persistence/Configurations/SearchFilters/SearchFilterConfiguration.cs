using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.SearchFilters;

namespace Studio.Domain.Persistence.Configurations.SearchFilters;

internal sealed class SearchFilterConfiguration : IEntityTypeConfiguration<SearchFilter>
{
    public void Configure(EntityTypeBuilder<SearchFilter> builder)
    {
        builder.ToTable("search_filter");
        builder.Property(s => s.ListType).HasMaxLength(80);
        builder.Property(s => s.EntityType).HasMaxLength(80);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.SearchQuery).HasMaxLength(500);
        builder.HasIndex(s => s.ListType);
        builder.HasIndex(s => s.PersonId);
        builder.HasIndex(s => s.ProjectId);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId);
        builder.HasOne<SearchFilterGroup>().WithMany().HasForeignKey(s => s.SearchFilterGroupId);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId);
        builder.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId);
    }
}
