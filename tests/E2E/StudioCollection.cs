namespace Studio.Tests.E2E;

/// <summary>Every browser test shares one Studio server and one Chromium, and runs one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class StudioCollection : ICollectionFixture<StudioServer>
{
    public const string Name = "studio";
}
