using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// The generic routes' body read and rows written at the API's edge: Zou's quirks of a body, a value that does not
/// convert refused only once the caller may write, and the views of a row the domain decides for each caller.
/// </summary>
public sealed class CrudWireTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private static readonly string[] MinimalPerson =
        ["id", "type", "first_name", "last_name", "full_name", "has_avatar", "active", "departments", "studio_id", "role", "desktop_login", "is_bot"];

    private ApiClient Admin => fixture.Admin;

    [Fact]
    public async Task PersonRows_AreWhole_ForTheAdminsList_AManagersRead_AndAWrite_PublicFieldsOtherwise()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var (manager, _) = await fixture.Factory.PersonAsync("manager");
        var admin = fixture.World["admin"];

        var artistList = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/persons");
        var artistRead = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/persons/{admin}");
        var managerRead = await manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/persons/{admin}");
        var managerList = await manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/persons");
        var adminList = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/persons");
        var artistWrite = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{artistId}", new { phone = "0123" });

        Assert.All(artistList!.AsArray(), p => Assert.Equal(MinimalPerson.Where(k => k != "departments"), p!.AsObject().Select(k => k.Key)));
        Assert.Equal(MinimalPerson, artistRead!.AsObject().Select(k => k.Key));
        Assert.All(managerList!.AsArray(), p => Assert.False(p!.AsObject().ContainsKey("email")));
        Assert.True(managerRead!.AsObject().ContainsKey("email"));
        Assert.All(adminList!.AsArray(), p => Assert.True(p!.AsObject().ContainsKey("email")));
        Assert.Equal("0123", artistWrite!["phone"]!.GetValue<string>());
    }

    [Fact]
    public async Task OrganisationRows_CarryTheChatTokens_ForTheAdminOnly()
    {
        var (artist, _) = await fixture.Factory.PersonAsync("user");

        var forArtist = (await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/organisations"))!.AsArray()[0]!.AsObject();
        var forAdmin = (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/organisations"))!.AsArray()[0]!.AsObject();
        var readByArtist = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/organisations/{forAdmin.Id()}");

        Assert.DoesNotContain("chat_token_slack", forArtist.Select(k => k.Key));
        Assert.DoesNotContain("chat_webhook_mattermost", readByArtist!.AsObject().Select(k => k.Key));
        Assert.Contains("chat_token_slack", forAdmin.Select(k => k.Key));
        Assert.Equal(forAdmin.Count - 3, forArtist.Count);
    }

    [Fact]
    public async Task ProjectRows_NameTheirStatusOnASingleRead_AndAnEntitysTypeIsItsKind()
    {
        var project = fixture.World["project"];

        var read = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}");
        var listed = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects?id={project}");
        var entity = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/entities/{fixture.World["entity"]}");

        Assert.Equal("Open", read!["project_status_name"]!.GetValue<string>());
        Assert.Equal("project_status_name", read.AsObject().Last().Key);
        Assert.False(listed!.AsArray()[0]!.AsObject().ContainsKey("project_status_name"));
        Assert.Equal("Asset", entity!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_AValueThatDoesNotConvert_IsRefusedOnlyWhenTheCallerMayWriteAndTheKeyIsApplied()
    {
        var (artist, _) = await fixture.Factory.PersonAsync("user");
        var department = fixture.World["department"];

        var notTheirs = await artist.PutAsync($"/data/departments/{department}", new { color = new { not = "a colour" } });
        var unknown = await Admin.PutAsync($"/data/departments/{Guid.NewGuid()}", new { color = new { not = "a colour" } });
        var protectedKey = await Admin.PutAsync($"/data/departments/{department}", new { id = "not-an-id", created_at = 12, color = "#00FF00" });
        var refused = await Admin.PutAsync($"/data/departments/{department}", new { color = new { not = "a colour" } });

        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.OK, protectedKey.Status);
        Assert.Equal(department, protectedKey.Body.Id());
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("""{"message":"One of the provided values has an invalid format."}""", refused.Body!.ToJsonString());
    }

    [Fact]
    public async Task EntityPut_TheString_null_ClearsTheSource_WhereACreationRefusesIt()
    {
        var project = fixture.World["project"];
        var created = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/entities",
            new { name = "Copy " + Guid.NewGuid().ToString("N")[..6], project_id = project, entity_type_id = fixture.World["asset_type"], source_id = fixture.World["entity"] });

        var cleared = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/entities/{created.Id()}", new { source_id = "null" });
        var creation = await Admin.PostAsync("/data/entities",
            new { name = "Other " + Guid.NewGuid().ToString("N")[..6], project_id = project, entity_type_id = fixture.World["asset_type"], source_id = "null" });

        Assert.Equal(fixture.World["entity"], created!["source_id"]!.GetValue<string>());
        Assert.Null(cleared!["source_id"]);
        Assert.Equal(HttpStatusCode.BadRequest, creation.Status);
    }

    [Fact]
    public async Task PlaylistTaskTypeThatIsNoId_IsNone_AndAProjectTemplateThatIsNoId_IsNotFound()
    {
        var playlist = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists",
            new { name = "Typed " + Guid.NewGuid().ToString("N")[..6], project_id = fixture.World["project"], task_type_id = "not-an-id" });
        var project = await Admin.PostAsync("/data/projects", new { name = "T " + Guid.NewGuid().ToString("N")[..6], project_template_id = 42 });

        Assert.Null(playlist!["task_type_id"]);
        Assert.Equal(HttpStatusCode.BadRequest, project.Status);
        Assert.Equal("Project template not found.", project.Body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_Fields_KeepsTheIdAndType_AndAPageIsEnveloped()
    {
        var rows = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?fields=name,color");
        var page = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?page=2&limit=1&fields=name");

        Assert.All(rows!.AsArray(), r => Assert.Equal(["color", "id", "name", "type"], r!.AsObject().Select(k => k.Key).Order(StringComparer.Ordinal)));
        Assert.Equal(["data", "total", "nb_pages", "limit", "offset", "page"], page!.AsObject().Select(k => k.Key));
        Assert.Equal((1, 2), (page["offset"]!.GetValue<int>(), page["page"]!.GetValue<int>()));
        Assert.Equal(["id", "name", "type"], Assert.Single(page["data"]!.AsArray())!.AsObject().Select(k => k.Key).Order(StringComparer.Ordinal));
    }
}
