using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Persons;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Domain.Persons;

/// <summary>Each person's theme: the organisation's default until they choose, then their own choice, on every browser.</summary>
public sealed class PersonPreferencesServiceTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private StudioApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task DarkTheme_FollowsTheOrganisation_UntilThePersonChooses_AndOnlyForThem()
    {
        var preferences = Factory.Services.GetRequiredService<PersonPreferencesService>();
        var (_, janeId) = await Factory.PersonAsync("user");
        var (_, maxId) = await Factory.PersonAsync("user");
        var jane = new Actor(Guid.Parse(janeId), "user");
        var max = new Actor(Guid.Parse(maxId), "user");

        var before = await preferences.DarkThemeAsync(jane, CancellationToken.None);
        await preferences.SetDarkThemeAsync(jane, dark: true, CancellationToken.None);
        var chosen = await preferences.DarkThemeAsync(jane, CancellationToken.None);
        var other = await preferences.DarkThemeAsync(max, CancellationToken.None);
        await SetOrganisationDefaultAsync(dark: true);
        var otherWithDarkDefault = await preferences.DarkThemeAsync(max, CancellationToken.None);
        await preferences.SetDarkThemeAsync(jane, dark: false, CancellationToken.None);
        var lightAgainstTheDefault = await preferences.DarkThemeAsync(jane, CancellationToken.None);

        Assert.False(before);
        Assert.True(chosen);
        Assert.False(other);
        Assert.True(otherWithDarkDefault);
        Assert.False(lightAgainstTheDefault);
    }

    [Fact]
    public async Task APersonDeleted_TakesTheirPreferencesWithThem_WithOrWithoutForce()
    {
        var preferences = Factory.Services.GetRequiredService<PersonPreferencesService>();
        var admin = await Factory.AdminAsync();
        var plainId = await NewPersonAsync(admin);
        var forcedId = await NewPersonAsync(admin);
        await preferences.SetDarkThemeAsync(new Actor(Guid.Parse(plainId), "user"), dark: true, CancellationToken.None);
        await preferences.SetDarkThemeAsync(new Actor(Guid.Parse(forcedId), "user"), dark: true, CancellationToken.None);

        var plain = await admin.DeleteAsync($"/data/persons/{plainId}");
        var forced = await admin.DeleteAsync($"/data/persons/{forcedId}?force=true");

        Assert.Equal(HttpStatusCode.NoContent, plain.Status);
        Assert.Equal(HttpStatusCode.NoContent, forced.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/data/persons/{plainId}")).Status);
    }

    /// <summary>A person who never signed in: no login log, nothing else that would refuse a plain delete.</summary>
    private static async Task<string> NewPersonAsync(ApiClient admin) =>
        (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/persons",
            new { first_name = "Theme", last_name = "Chooser", email = $"theme-{Guid.NewGuid():N}@example.com" }))!["id"]!.GetValue<string>();

    private async Task SetOrganisationDefaultAsync(bool dark)
    {
        var admin = await Factory.AdminAsync();
        var organisation = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/organisations"))!.AsArray()[0]!["id"]!.GetValue<string>();
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/organisations/{organisation}", new { dark_theme_by_default = dark });
    }
}
