using Studio.Domain.Persons;
using Studio.Domain.Settings;
using Studio.Web.Hosting;

namespace Studio.Web.Cli;

/// <summary>
/// Zou-like administration commands on the same program: <c>migrate</c>, <c>init-data</c> and
/// <c>create-admin EMAIL --password PW</c>. Each runs against the configured database and exits.
/// </summary>
public static class StudioCommands
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "migrate", "init-data", "create-admin" };

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    /// <summary>Runs the command in <paramref name="args"/>; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        switch (args[0])
        {
            case "migrate":
                await DatabaseStartup.MigrateAsync(provider, cancellationToken);
                await output.WriteLineAsync("Database is up to date.");
                return 0;
            case "init-data":
                await DatabaseStartup.MigrateAsync(provider, cancellationToken);
                await provider.GetRequiredService<DefaultData>().SeedAsync(cancellationToken);
                await output.WriteLineAsync("Default data is in place.");
                return 0;
            default:
                return await CreateAdminAsync(provider, args, output, cancellationToken);
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider provider, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var passwordAt = Array.IndexOf(args, "--password");
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal) || passwordAt < 0 || passwordAt + 1 >= args.Length)
        {
            await output.WriteLineAsync("usage: create-admin EMAIL --password PASSWORD");
            return 2;
        }

        await DatabaseStartup.MigrateAsync(provider, cancellationToken);
        var person = await provider.GetRequiredService<PersonsService>().EnsureAdminAsync(args[1], args[passwordAt + 1], cancellationToken);
        await output.WriteLineAsync($"Admin {person.Email} is ready.");
        return 0;
    }
}
