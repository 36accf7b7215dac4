using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>A server on a fresh database holding only the seeded data and the administrator, for a class of tests.</summary>
public sealed class FreshStudio : StudioWorld
{
    protected override void Declare(StudioWorldBuilder world) => world.WithoutSignIn();
}
