using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary><c>/data/salary-scales</c>: rows are made by listing, never posted; only the admin sees them.</summary>
public sealed class SalaryScalesTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task List_ByAdmin_CreatesOneRowPerDepartmentPositionAndSeniority_Once()
    {
        var departments = (await fixture.Admin.GetAsync("/data/departments")).Body!.AsArray().Count;

        var first = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/salary-scales");
        var second = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/salary-scales");
        var row = first!.AsArray()[0].Id();
        var updated = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/salary-scales/{row}", new { salary = 300 });

        Assert.Equal(departments * 9, first.AsArray().Count);
        Assert.Equal(first.AsArray().Count, second!.AsArray().Count);
        Assert.Equal(300, updated!["salary"]!.GetValue<int>());
    }

    [Fact]
    public async Task Create_IsAlwaysRefused_AndArtistCannotList()
    {
        var (artist, _) = await fixture.Factory.PersonAsync("user");

        var (status, body) = await fixture.Admin.PostAsync("/data/salary-scales", new { department_id = fixture.World["department"], salary = 1 });
        var artistList = await artist.GetAsync("/data/salary-scales");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Salary scales cannot be created", body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, artistList.Status);
    }
}
