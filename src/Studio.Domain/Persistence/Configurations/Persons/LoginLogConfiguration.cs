using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Persons;

internal sealed class LoginLogConfiguration : IEntityTypeConfiguration<LoginLog>
{
    public void Configure(EntityTypeBuilder<LoginLog> builder)
    {
        builder.ToTable("login_log");
        builder.Property(l => l.IpAddress).HasMaxLength(50);
        builder.Property(l => l.Origin).HasMaxLength(20);
        builder.HasIndex(l => l.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId);
    }
}
