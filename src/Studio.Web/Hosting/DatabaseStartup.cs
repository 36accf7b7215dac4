using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;

namespace Studio.Web.Hosting;

/// <summary>Applies pending migrations and seeds Zou's default data before the server takes requests.</summary>
public sealed class DatabaseStartup(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DefaultData>().SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        var db = provider.GetRequiredService<StudioDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
