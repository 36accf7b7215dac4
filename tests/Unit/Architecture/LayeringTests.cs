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
    public void Domain_DoesNotReferenceAspNetCoreHosting()
    {
        var references = Assembly.Load("Studio.Domain").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore.Http", StringComparison.Ordinal) || r == "Microsoft.AspNetCore.Hosting");
    }
}
