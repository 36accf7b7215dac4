using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>Bad values in CRUD bodies: Zou's 400s for missing required fields and for values outside the choices.</summary>
public sealed class CrudValidationTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private ApiClient Admin => fixture.Admin;

    [Theory]
    [InlineData("projects")]
    [InlineData("departments")]
    [InlineData("task-status")]
    [InlineData("studios")]
    [InlineData("softwares")]
    [InlineData("output-types")]
    [InlineData("file-status")]
    [InlineData("project-status")]
    [InlineData("custom-actions")]
    [InlineData("task-types")]
    [InlineData("entity-types")]
    [InlineData("hardware-items")]
    [InlineData("entities")]
    [InlineData("metadata-descriptors")]
    [InlineData("milestones")]
    [InlineData("playlists")]
    public async Task Post_WithoutARequiredField_Answers400_AndCreatesNothing(string collection)
    {
        var before = await CountAsync(collection);

        var (status, body) = await Admin.PostAsync($"/data/{collection}", new { });
        var withNull = await Admin.PostAsync($"/data/{collection}", new { name = (string?)null });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("""{"message":"A required field is missing."}""", body!.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, withNull.Status);
        Assert.Equal(before, await CountAsync(collection));
    }

    [Fact]
    public async Task ProjectWrite_UnknownProductionStyle_Answers400()
    {
        var posted = await Admin.PostAsync("/data/projects", new { name = "Styled " + Guid.NewGuid().ToString("N")[..6], production_style = "oil-painting" });
        var put = await Admin.PutAsync($"/data/projects/{fixture.World["project"]}", new { production_style = "oil-painting" });
        var allowed = await Admin.PutAsync($"/data/projects/{fixture.World["project"]}", new { production_style = "vfx" });

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal("Invalid production_style", posted.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, put.Status);
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
    }

    [Fact]
    public async Task EntityWrite_UnknownStatus_Answers400()
    {
        var posted = await Admin.PostAsync("/data/entities", new { name = "S " + Guid.NewGuid().ToString("N")[..6], project_id = fixture.World["project"], entity_type_id = fixture.World["asset_type"], status = "lost" });
        var put = await Admin.PutAsync($"/data/entities/{fixture.World["entity"]}", new { status = "lost" });
        var allowed = await Admin.PutAsync($"/data/entities/{fixture.World["entity"]}", new { status = "standby" });

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal("Invalid status", posted.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, put.Status);
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
    }

    [Fact]
    public async Task MetadataDescriptorWrite_UnknownDataType_AnswersInvalidDataType()
    {
        var body = new { project_id = fixture.World["project"], entity_type = "Asset", name = "Size " + Guid.NewGuid().ToString("N")[..6], field_name = "size_" + Guid.NewGuid().ToString("N")[..6], data_type = "color" };

        var posted = await Admin.PostAsync("/data/metadata-descriptors", body);
        var created = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/metadata-descriptors", new { body.project_id, body.entity_type, body.name, body.field_name, data_type = "list" });
        var put = await Admin.PutAsync($"/data/metadata-descriptors/{created.Id()}", new { data_type = "color" });

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal("""{"error":true,"message":"Invalid data_type","data":null}""", posted.Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, put.Status);
    }

    private async Task<int> CountAsync(string collection) =>
        (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}"))!.AsArray().Count;
}
