using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Persons;

internal sealed class PersonPreferencesConfiguration : IEntityTypeConfiguration<PersonPreferences>
{
    public void Configure(EntityTypeBuilder<PersonPreferences> builder)
    {
        builder.ToTable("person_preferences");
        builder.HasKey(p => p.PersonId);

        // A person's preferences mean nothing without them: they go when the person is deleted.
        builder.HasOne<Person>().WithOne().HasForeignKey<PersonPreferences>(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
