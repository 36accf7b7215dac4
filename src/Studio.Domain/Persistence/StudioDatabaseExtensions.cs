using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Studio.Domain.Persistence;

public static class StudioDatabaseExtensions
{
    /// <summary>
    /// Registers the configured provider's context and exposes it as <see cref="StudioDbContext"/> and
    /// <see cref="IDbContextFactory{StudioDbContext}"/> (one context per operation in services).
    /// </summary>
    public static IServiceCollection AddStudioDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StudioOptions>().Bind(configuration.GetSection(StudioOptions.Section));
        services.AddSingleton<TimestampInterceptor>();
        var options = configuration.GetSection(StudioOptions.Section).Get<StudioOptions>() ?? new StudioOptions();
        if (string.Equals(options.Database, "postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connection = configuration.GetConnectionString("Studio")
                ?? throw new InvalidOperationException("Studio:Database is postgres but ConnectionStrings:Studio is not set.");
            services.AddDbContextFactory<PostgresStudioDbContext>((sp, o) => ConfigurePostgres(o, connection).AddInterceptors(sp.GetRequiredService<TimestampInterceptor>()));
            services.AddSingleton<IDbContextFactory<StudioDbContext>, StudioDbContextFactory<PostgresStudioDbContext>>();
        }
        else if (string.Equals(options.Database, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContextFactory<SqliteStudioDbContext>((sp, o) =>
            {
                var directory = sp.GetRequiredService<IOptions<StudioOptions>>().Value.FullDataDirectory;
                Directory.CreateDirectory(directory);
                ConfigureSqlite(o, $"Data Source={Path.Combine(directory, "studio.db")}").AddInterceptors(sp.GetRequiredService<TimestampInterceptor>());
            });
            services.AddSingleton<IDbContextFactory<StudioDbContext>, StudioDbContextFactory<SqliteStudioDbContext>>();
        }
        else
        {
            throw new InvalidOperationException($"Studio:Database must be sqlite or postgres, not '{options.Database}'.");
        }

        services.AddScoped<StudioDbContext>(sp => sp.GetRequiredService<IDbContextFactory<StudioDbContext>>().CreateDbContext());
        return services;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(StudioDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention()
            .UseApplicationServiceProvider(IdentitySchemaServices);

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(StudioDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention()
            .UseApplicationServiceProvider(IdentitySchemaServices);

    /// <summary>
    /// Identity reads its schema version (Version3: passkeys) from the application's services while the model is
    /// built. The model must not depend on which host builds it (the app, a test, or <c>dotnet ef</c>, which has
    /// none), so every context gets this small provider that only says Version3.
    /// </summary>
    private static readonly IServiceProvider IdentitySchemaServices = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();

    private sealed class StudioDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<StudioDbContext>
        where TContext : StudioDbContext
    {
        public StudioDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
