using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Persons;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("person");
        builder.Ignore(p => p.FullName);
        builder.Property(p => p.FirstName).HasMaxLength(80);
        builder.Property(p => p.LastName).HasMaxLength(80);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.ContractType).HasMaxLength(20);
        builder.Property(p => p.DesktopLogin).HasMaxLength(80);
        builder.Property(p => p.PreferredTwoFactorAuthentication).HasMaxLength(20);
        builder.Property(p => p.Timezone).HasMaxLength(60);
        builder.Property(p => p.Locale).HasMaxLength(20);
        builder.Property(p => p.Use12HourClock).HasColumnName("use_12_hour_clock");
        builder.Property(p => p.DisplayDateFormat).HasMaxLength(20);
        builder.Property(p => p.Role).HasMaxLength(20);
        builder.Property(p => p.Position).HasMaxLength(20);
        builder.Property(p => p.Seniority).HasMaxLength(20);
        builder.Property(p => p.NotificationsSlackUserid).HasMaxLength(60);
        builder.Property(p => p.NotificationsMattermostUserid).HasMaxLength(60);
        builder.Property(p => p.NotificationsDiscordUserid).HasMaxLength(60);
        builder.Property(p => p.Jti).HasMaxLength(60);
        builder.Property(p => p.LdapUid).HasMaxLength(60);
        builder.HasIndex(p => p.ShotgunId).IsUnique();
        builder.HasIndex(p => p.Jti).IsUnique();
        builder.HasIndex(p => p.LdapUid).IsUnique();
        builder.HasIndex(p => p.DesktopLogin);
        builder.HasIndex(p => new { p.Email, p.IsBot }).IsUnique()
            .HasDatabaseName("only_one_email_by_person").HasFilter("is_bot IS NOT TRUE");
        builder.HasOne<ProductionStudio>().WithMany().HasForeignKey(p => p.StudioId);
    }
}
