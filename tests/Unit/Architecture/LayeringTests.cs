using System.Reflection;

namespace Studio.Tests.Unit.Architecture;

/// <summary>Only three arrows between the rooms: Web→Domain, Web→Media, Media→Domain.</summary>
public sealed class LayeringTests
{
    [Theory]
    [InlineData("Studio.Domain", new string[0])]
    [InlineData("Studio.Media", new[] { "Studio.Domain" })]
    [InlineData("Studio.Web", new[] { "Studio.Domain", "Studio.Media" })]
    public void Assembly_ReferencesOnlyItsAllowedStudioAssemblies(string assembly, string[] allowed)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Studio.", StringComparison.Ordinal))
            .ToList();

        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    [Fact]
    public void Domain_ReferencesNoAspNetCoreAssembly_ButIdentitysStore()
    {
        var references = Assembly.Load("Studio.Domain").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references.Where(r => r.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)),
            r => Assert.Equal("Microsoft.AspNetCore.Identity.EntityFrameworkCore", r));
    }

    /// <summary>The domain is a plain library: it does not build against the ASP.NET Core shared framework.</summary>
    [Fact]
    public void Domain_HasNoAspNetCoreFrameworkReference()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Studio.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var project = File.ReadAllText(Path.Combine(directory.FullName, "src", "Studio.Domain", "Studio.Domain.csproj"));
        Assert.DoesNotContain("FrameworkReference", project, StringComparison.Ordinal);
    }
}
