namespace Studio.Tests.Unit.Architecture;

/// <summary>
/// The Blazor components call the domain as the API does: with a token that ends when the component goes (never
/// <c>CancellationToken.None</c>), and reaching a CRUD collection through its entity type (never by its URL name).
/// </summary>
public sealed class ComponentCallsTests
{
    [Theory]
    [InlineData("CancellationToken.None")]
    [InlineData("CrudRegistry.Find(")]
    public void Components_NeverUse(string forbidden)
    {
        var components = Path.Combine(RepositoryRoot(), "src", "Studio.Web", "Components");
        var files = Directory.EnumerateFiles(components, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .ToList();

        var offending = files.Where(f => File.ReadAllText(f).Contains(forbidden, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(components, f))
            .ToList();

        Assert.True(files.Count > 20, $"Only {files.Count} component files found under {components}.");
        Assert.Empty(offending);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Studio.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Studio.sln not found above " + AppContext.BaseDirectory);
    }
}
