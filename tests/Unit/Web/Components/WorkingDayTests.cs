using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Tests.Unit.Infrastructure;
using Studio.Web.Components.Models;
using static Studio.Tests.Unit.Web.Components.UiFixtures;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>Estimations and durations are minutes; the screens show them in days of the organisation's working hours.</summary>
public sealed class WorkingDayTests
{
    [Fact]
    public void TaskTypeRow_CountsDaysInTheOrganisationsHours()
    {
        var cell = Task(Modeling, Wip) with { Estimation = 840, Duration = 210 };
        var sevenHours = new Catalog
        {
            Statuses = Reference.Statuses, TaskTypes = Reference.TaskTypes, Persons = Reference.Persons,
            AssetTypes = Reference.AssetTypes, Departments = Reference.Departments, HoursByDay = 7,
        };

        var row = new TaskTypeRow(Asset("Hero", "Character", cell), cell, sevenHours);

        Assert.Equal((2, 0.5), (row.EstimationDays, row.DurationDays));
    }

    [Fact]
    public async Task CatalogCache_ReadsTheOrganisationsHours_AndForgetsThemWhenTheyChange()
    {
        await using var factory = new StudioApiFactory();
        await ((IAsyncLifetime)factory).InitializeAsync();
        var admin = await factory.AdminAsync();
        var organisation = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/organisations"))!.AsArray()[0]!;
        var adminId = Guid.Parse((await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/authenticated"))!["user"]!.Id());
        using var cache = new CatalogCache(factory.Services.GetRequiredService<CrudService>(), factory.Services.GetRequiredService<EventPublisher>());
        var actor = new Actor(adminId, "admin");

        var before = (await cache.GetAsync(actor, CancellationToken.None)).HoursByDay;
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/organisations/{organisation.Id()}", new { hours_by_day = 7 });
        var after = (await cache.GetAsync(actor, CancellationToken.None)).HoursByDay;
        await ((IAsyncLifetime)factory).DisposeAsync();

        Assert.Equal((8, 7), (before, after));
    }
}
