using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.SearchFilters;

namespace Studio.Domain.Persistence.Configurations.SearchFilters;

internal sealed class SearchFilterGroupConfiguration : IEntityTypeConfiguration<SearchFilterGroup>
{
    public void Configure(EntityTypeBuilder<SearchFilterGroup> builder)
    {
        builder.ToTable("search_filter_group");
        builder.Property(g => g.ListType).HasMaxLength(80);
        builder.Property(g => g.EntityType).HasMaxLength(80);
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Property(g => g.Color).HasMaxLength(8);
        builder.HasIndex(g => g.ListType);
        builder.HasIndex(g => g.PersonId);
        builder.HasIndex(g => g.ProjectId);
        builder.HasOne<Person>().WithMany().HasForeignKey(g => g.PersonId);
        builder.HasOne<Project>().WithMany().HasForeignKey(g => g.ProjectId);
        builder.HasOne<Department>().WithMany().HasForeignKey(g => g.DepartmentId);
    }
}
