using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Persons;

internal sealed class DesktopLoginLogConfiguration : IEntityTypeConfiguration<DesktopLoginLog>
{
    public void Configure(EntityTypeBuilder<DesktopLoginLog> builder)
    {
        builder.ToTable("desktop_login_log");
        builder.HasIndex(d => d.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId);
    }
}
