namespace Studio.Tests.Unit.Infrastructure;

/// <summary>A server on a fresh database holding only the seeded data and the administrator, for a class of tests.</summary>
public sealed class FreshStudio : IAsyncLifetime
{
    public StudioApiFactory Factory { get; } = new();

    public Task InitializeAsync() => ((IAsyncLifetime)Factory).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();
}
