using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Persons;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisation");
        builder.Property(o => o.Name).HasMaxLength(80);
        builder.Property(o => o.ChatTokenSlack).HasMaxLength(80);
        builder.Property(o => o.ChatWebhookMattermost).HasMaxLength(80);
        builder.Property(o => o.ChatTokenDiscord).HasMaxLength(80);
        builder.HasIndex(o => o.Name).IsUnique();
    }
}
