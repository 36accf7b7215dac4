using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// Routes that return one object show a client or a vendor no more than the list of the same objects does:
/// playlists and metadata descriptors shared with clients, descriptors of a vendor's departments, a vendor's own tasks,
/// no working or output files for a vendor.
/// </summary>
public sealed class ClientVendorReadsTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task PlaylistById_AClientReadsOnlyThoseSharedWithClients_AsItsList()
    {
        var project = world["project"];
        var internalPlaylist = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists",
            new { name = "Internal " + Guid.NewGuid().ToString("N")[..8], project_id = project, for_client = false })).Id();
        var shared = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists",
            new { name = "Client review " + Guid.NewGuid().ToString("N")[..8], project_id = project, for_client = true })).Id();

        var listed = (await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/playlists"))!.AsArray();
        var refused = await world.Client.GetAsync($"/data/playlists/{internalPlaylist}");
        var projectRoute = await world.Client.GetAsync($"/data/projects/{project}/playlists/{internalPlaylist}");

        Assert.DoesNotContain(listed, p => p.Id() == internalPlaylist);
        Assert.Contains(listed, p => p.Id() == shared);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.True(refused.Body!["error"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, projectRoute.Status);
        await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/playlists/{shared}");
        await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/playlists/{internalPlaylist}");
    }

    [Fact]
    public async Task MetadataDescriptorById_AClientReadsOnlyThoseForClients_AVendorThoseOfItsDepartments()
    {
        var project = await world.Admin.ProjectAsync(world["manager"], world["client"], world["vendor"], world["artist"]);
        var department = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/departments"))!.AsArray()[0].Id();
        var internalField = await DescriptorAsync(project, new { name = "Budget code", entity_type = "Asset", for_client = false });
        var shared = await DescriptorAsync(project, new { name = "Client notes", entity_type = "Asset", for_client = true });
        var departmental = await DescriptorAsync(project, new { name = "Rig notes", entity_type = "Asset", departments = new[] { department } });

        var clientList = (await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/metadata-descriptors"))!.AsArray();
        var vendorList = (await world.Vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/metadata-descriptors"))!.AsArray();
        var client = await world.Client.GetAsync($"/data/projects/{project}/metadata-descriptors/{internalField}");
        var vendor = await world.Vendor.GetAsync($"/data/projects/{project}/metadata-descriptors/{departmental}");

        Assert.DoesNotContain(clientList, d => d.Id() == internalField);
        Assert.DoesNotContain(vendorList, d => d.Id() == departmental);
        Assert.Equal(HttpStatusCode.Forbidden, client.Status);
        Assert.Equal(HttpStatusCode.Forbidden, vendor.Status);
        await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/metadata-descriptors/{shared}");
        await world.Vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/metadata-descriptors/{internalField}");
        await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/metadata-descriptors/{departmental}");
    }

    private async Task<string> DescriptorAsync(string project, object body) =>
        (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/metadata-descriptors", body)).Id();

    [Fact]
    public async Task TaskById_AVendorReadsOnlyTheTasksItIsAssignedTo_AsItsList()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{rigging}", new { assignees = new[] { world["vendor"] } });

        var listed = (await world.Vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/tasks"))!.AsArray();
        var own = await world.Vendor.GetAsync($"/data/tasks/{rigging}");
        var ownFull = await world.Vendor.GetAsync($"/data/tasks/{rigging}/full");
        var sibling = await world.Vendor.GetAsync($"/data/tasks/{modeling}");
        var siblingFull = await world.Vendor.GetAsync($"/data/tasks/{modeling}/full");
        var siblingComments = await world.Vendor.GetAsync($"/data/tasks/{modeling}/comments");

        Assert.Contains(listed, t => t.Id() == rigging);
        Assert.DoesNotContain(listed, t => t.Id() == modeling);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(HttpStatusCode.OK, ownFull.Status);
        Assert.Equal(HttpStatusCode.Forbidden, sibling.Status);
        Assert.Equal(HttpStatusCode.Forbidden, siblingFull.Status);
        Assert.Equal(HttpStatusCode.Forbidden, siblingComments.Status);
    }

    [Fact]
    public async Task WorkingAndOutputFileById_AreRefusedToAVendor_AsTheirLists()
    {
        var (asset, _, rigging) = await world.NewAssetAsync();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{rigging}", new { assignees = new[] { world["vendor"] } });
        var fileStatus = await world.Admin.IdOfAsync("file-status", "To review");
        var working = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/working-files", new { name = "rig", task_id = rigging, revision = 1 })).Id();
        var output = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/output-files",
            new { name = "rig", revision = 1, file_status_id = fileStatus, entity_id = asset })).Id();

        var workingList = await world.Vendor.GetAsync("/data/working-files");
        var outputList = await world.Vendor.GetAsync("/data/output-files");
        var workingOne = await world.Vendor.GetAsync($"/data/working-files/{working}");
        var outputOne = await world.Vendor.GetAsync($"/data/output-files/{output}");

        Assert.Equal(HttpStatusCode.Forbidden, workingList.Status);
        Assert.Equal(HttpStatusCode.Forbidden, outputList.Status);
        Assert.Equal(HttpStatusCode.Forbidden, workingOne.Status);
        Assert.True(workingOne.Body!["error"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, outputOne.Status);
        await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/working-files/{working}");
        await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/output-files/{output}");
    }

    [Fact]
    public async Task EntityPreviews_AVendorGetsThoseOfItsOwnTasks_AsThePreviewList()
    {
        var (asset, modeling, rigging) = await world.NewAssetAsync();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{rigging}", new { assignees = new[] { world["vendor"] } });
        var studioPreview = await Studio.Tests.Unit.Media.MediaFiles.NewPreviewAsync(world, world.Artist, modeling);
        var vendorPreview = await Studio.Tests.Unit.Media.MediaFiles.NewPreviewAsync(world, world.Vendor, rigging);

        var vendor = (await world.Vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/entities/{asset}/preview-files"))!.AsArray();
        var manager = (await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/entities/{asset}/preview-files"))!.AsArray();

        Assert.Equal([vendorPreview], vendor.Select(p => p.Id()));
        Assert.Equal(new[] { studioPreview, vendorPreview }.Order(), manager.Select(p => p.Id()).Order());
    }
}
