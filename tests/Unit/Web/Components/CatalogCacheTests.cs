using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Tests.Unit.Infrastructure;
using Studio.Web.Components.Models;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>The circuit's components share one catalog load: a page that goes stops waiting for it, the others still get it.</summary>
public sealed class CatalogCacheTests
{
    [Fact]
    public async Task GetAsync_AWaiterThatGoes_DoesNotCancelTheSharedLoad()
    {
        await using var factory = new StudioApiFactory();
        await ((IAsyncLifetime)factory).InitializeAsync();
        var admin = await factory.AdminAsync();
        var adminId = Guid.Parse((await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/authenticated"))!["user"]!.Id());
        using var cache = new CatalogCache(factory.Services.GetRequiredService<CrudService>(), factory.Services.GetRequiredService<EventPublisher>());
        var actor = new Actor(adminId, "admin");
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        var left = cache.GetAsync(actor, gone.Token);
        var stayed = await cache.GetAsync(actor, CancellationToken.None);
        var again = await cache.GetAsync(actor, CancellationToken.None);
        var leftWith = left.IsCanceled ? null : await left;
        await ((IAsyncLifetime)factory).DisposeAsync();

        // The waiter that went either stopped waiting or, when the load had already finished, got the catalog.
        Assert.True(left.IsCanceled || leftWith == stayed);
        Assert.NotEmpty(stayed.Statuses);
        Assert.Same(stayed, again);
    }
}
