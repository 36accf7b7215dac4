using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Plugins;

namespace Studio.Domain.Persistence.Configurations.Plugins;

internal sealed class DataImportErrorConfiguration : IEntityTypeConfiguration<DataImportError>
{
    public void Configure(EntityTypeBuilder<DataImportError> builder)
    {
        builder.ToTable("data_import_error");
        builder.Property(e => e.Source).HasMaxLength(20);
    }
}
