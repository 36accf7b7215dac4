using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>A production's team: members read it, project managers change it.</summary>
public sealed class ProjectsEndpointsTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task Team_MemberReads_OutsiderIsRefused_ArtistCannotAdd()
    {
        var project = await fixture.Admin.ProjectAsync();
        var (member, memberId) = await fixture.Factory.PersonAsync("user");
        var (outsider, outsiderId) = await fixture.Factory.PersonAsync("user");
        await fixture.Admin.TeamAddAsync(project, memberId);

        var read = await member.GetAsync($"/data/projects/{project}/team");
        var refused = await outsider.GetAsync($"/data/projects/{project}/team");
        var add = await member.PostAsync($"/data/projects/{project}/team", new { person_id = outsiderId });

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(memberId, Assert.Single(read.Body!.AsArray()).Id());
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.Forbidden, add.Status);
    }

    [Fact]
    public async Task Team_AddAndRemove_ByAdmin_WithBadInputAnswered()
    {
        var project = await fixture.Admin.ProjectAsync();
        var (_, personId) = await fixture.Factory.PersonAsync("user");

        var added = await fixture.Admin.TeamAddAsync(project, personId);
        var removed = await fixture.Admin.DeleteAsync($"/data/projects/{project}/team/{personId}");
        var unknownProject = await fixture.Admin.PostAsync($"/data/projects/{Guid.NewGuid()}/team", new { person_id = personId });
        var malformed = await fixture.Admin.PostAsync($"/data/projects/{project}/team", new { person_id = "nope" });
        var unknownPerson = await fixture.Admin.PostAsync($"/data/projects/{project}/team", new { person_id = Guid.NewGuid() });

        Assert.Contains(added!["team"]!.AsArray(), p => p!.GetValue<string>() == personId);
        Assert.Equal(HttpStatusCode.NoContent, removed.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownProject.Status);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknownPerson.Status);
    }
}
