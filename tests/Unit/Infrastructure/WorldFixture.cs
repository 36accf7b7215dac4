using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>One server and one <see cref="CrudWorld"/> shared by the tests of a class.</summary>
public sealed class WorldFixture : StudioWorld
{
    public CrudWorld World => new(this);

    protected override void Declare(StudioWorldBuilder world) => CrudWorld.Declare(world);
}
