namespace Studio.Tests.Unit.Infrastructure;

/// <summary>One server and one <see cref="CrudWorld"/> shared by the tests of a class.</summary>
public sealed class WorldFixture : IAsyncLifetime
{
    public StudioApiFactory Factory { get; } = new();

    public CrudWorld World { get; private set; } = null!;

    public ApiClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Factory).InitializeAsync();
        Admin = await Factory.AdminAsync();
        World = await CrudWorld.BuildAsync(Admin);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();
}
