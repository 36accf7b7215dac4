using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The saved-search bodies are read before anything is looked up: malformed ids keep Zou's messages.</summary>
public sealed class SearchFilterBodyTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task FilterIds_MalformedAreRefused_NoneOrEmptyMeansNoLink()
    {
        var project = await fixture.Admin.ProjectAsync();

        var malformed = await fixture.Admin.PostAsync("/data/user/filters", new { name = "Heroes", query = "hero", project_id = "nope" });
        var none = await fixture.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/filters", new { name = "Heroes", query = "hero", project_id = "None" });
        var linked = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/user/filters/{none.Id()}", new { project_id = project });
        var badDepartment = await fixture.Admin.PutAsync($"/data/user/filters/{none.Id()}", new { department_id = "x" });
        var unlinked = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/user/filters/{none.Id()}", new { project_id = "" });
        var badGroup = await fixture.Admin.PostAsync("/data/user/filter-groups", new { name = "Group", department_id = "x" });

        Assert.Equal("Invalid project_id.", malformed.Body!["message"]!.GetValue<string>());
        Assert.Null(none!["project_id"]);
        Assert.Equal(project, linked!["project_id"]!.GetValue<string>());
        Assert.Equal("Invalid department_id.", badDepartment.Body!["message"]!.GetValue<string>());
        Assert.Null(unlinked!["project_id"]);
        Assert.Equal("Invalid department_id.", badGroup.Body!["message"]!.GetValue<string>());
    }
}
