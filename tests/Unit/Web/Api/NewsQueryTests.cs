using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The news feed's query string is read before the feed: each malformed value keeps Zou's message.</summary>
public sealed class NewsQueryTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task NewsQuery_MalformedValuesAreRefused_AProductionsFeedIgnoresTheQuerysProduction()
    {
        var project = await fixture.Admin.ProjectAsync();

        var badId = await fixture.Admin.GetAsync("/data/projects/news?task_type_id=nope");
        var badProject = await fixture.Admin.GetAsync("/data/projects/news?project_id=nope");
        var badDate = await fixture.Admin.GetAsync("/data/projects/news?after=nope");
        var badLimit = await fixture.Admin.GetAsync($"/data/projects/{project}/news?limit=x");
        var ignored = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/news?project_id=nope&limit=0&page=0");

        Assert.Equal("Invalid task_type_id.", badId.Body!["message"]!.GetValue<string>());
        Assert.Equal("Invalid project_id.", badProject.Body!["message"]!.GetValue<string>());
        Assert.Equal("Invalid date format for 'after': 'nope'.", badDate.Body!["message"]!.GetValue<string>());
        Assert.Equal("limit must be an integer.", badLimit.Body!["message"]!.GetValue<string>());
        Assert.Equal("""{"data":[],"total":0,"nb_pages":0,"limit":1,"offset":0,"page":1,"stats":{}}""", ignored!.ToJsonString());
    }
}
