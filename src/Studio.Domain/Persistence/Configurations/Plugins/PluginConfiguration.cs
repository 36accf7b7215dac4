using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Plugins;

namespace Studio.Domain.Persistence.Configurations.Plugins;

internal sealed class PluginConfiguration : IEntityTypeConfiguration<Plugin>
{
    public void Configure(EntityTypeBuilder<Plugin> builder)
    {
        builder.ToTable("plugin");
        builder.Property(p => p.PluginId).HasMaxLength(80);
        builder.Property(p => p.Name).HasMaxLength(80);
        builder.Property(p => p.Version).HasMaxLength(50);
        builder.Property(p => p.MaintainerName).HasMaxLength(200);
        builder.Property(p => p.License).HasMaxLength(80);
        builder.Property(p => p.Revision).HasMaxLength(12);
        builder.Property(p => p.Icon).HasMaxLength(255);
        builder.HasIndex(p => p.PluginId).IsUnique();
        builder.HasIndex(p => p.Name);
    }
}
