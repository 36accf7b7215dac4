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

    /// <summary>The body's shape is read before the descriptor is written: each malformed value keeps Zou's message.</summary>
    [Fact]
    public async Task MetadataDescriptor_MalformedBody_AnswersZousMessages_WrongKindsCountAsNotSent()
    {
        var project = await fixture.Admin.ProjectAsync();
        var path = $"/data/projects/{project}/metadata-descriptors";

        var taskType = await fixture.Admin.PostAsync(path, new { name = "Notes", entity_type = "Task", task_type_id = "nope" });
        var department = await fixture.Admin.PostAsync(path, new { name = "Notes", departments = new object[] { 1 } });
        var choices = await fixture.Admin.PostAsync(path, new { name = "Notes", choices = new object[] { "a", 1 } });
        var numberName = await fixture.Admin.PostAsync(path, new { name = 5 });
        var created = await fixture.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { name = "Notes", entity_type = 3, data_type = 4, for_client = "true", departments = "x" });
        var changeChoices = await fixture.Admin.PutAsync($"{path}/{created.Id()}", new { choices = 1 });
        var changeName = await fixture.Admin.PutAsync($"{path}/{created.Id()}", new { name = 7 });
        var changed = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{path}/{created.Id()}", new { task_type_id = "nope", choices = new[] { "S" } });

        Assert.Equal("Invalid task_type_id.", taskType.Body!["message"]!.GetValue<string>());
        Assert.Equal("Invalid department id.", department.Body!["message"]!.GetValue<string>());
        Assert.Equal("Choices must be a list of strings.", choices.Body!["message"]!.GetValue<string>());
        Assert.Equal("Name cannot be empty.", numberName.Body!["message"]!.GetValue<string>());
        Assert.Equal("Asset", created!["entity_type"]!.GetValue<string>());
        Assert.Equal("string", created["data_type"]!.GetValue<string>());
        Assert.False(created["for_client"]!.GetValue<bool>());
        Assert.Empty(created["departments"]!.AsArray());
        Assert.Equal("Choices must be a list of strings.", changeChoices.Body!["message"]!.GetValue<string>());
        Assert.Equal("Name cannot be empty.", changeName.Body!["message"]!.GetValue<string>());
        Assert.Equal("[\"S\"]", changed!["choices"]!.ToJsonString());
    }

    [Fact]
    public async Task Team_WithoutItsId_AnswersTheMissingMessage()
    {
        var project = await fixture.Admin.ProjectAsync();

        var team = await fixture.Admin.PostAsync($"/data/projects/{project}/team", new { person_id = 12 });

        Assert.Equal("person_id is missing.", team.Body!["message"]!.GetValue<string>());
    }
}
