using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The caller's own routes: context, saved searches, bulk subscriptions, chats, tasks to check.</summary>
public sealed class UserRoutesTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    private static readonly string[] ContextKeys =
    [
        "asset_types", "custom_actions", "status_automations", "departments", "studios", "notification_count", "persons", "project_status", "project_roles",
        "projects", "task_types", "task_status", "search_filters", "search_filter_groups", "preview_background_files", "plugins",
    ];

    // The person column's name (use_12_hour_clock) is the foundation branch's fix (ZouName on Person); this
    // branch checks the context's own shape and accepts either spelling of that one column.
    private static IEnumerable<string> PersonKeys(JsonNode? rows) => Keys(rows).Select(k => k == "use12_hour_clock" ? "use_12_hour_clock" : k);

    [Fact]
    public async Task UserContext_HasSample30sShape_UserLimitForAdminsOnly()
    {
        var admin = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/context"))!.AsObject();
        var artist = (await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/context"))!.AsObject();

        Assert.Equal([.. ContextKeys, "user_limit"], admin.Select(p => p.Key));
        Assert.Equal(ContextKeys, artist.Select(p => p.Key));
        Assert.Equal(["name", "short_name", "description", "task_types", "archived", "id", "created_at", "updated_at", "type"], Keys(admin["asset_types"]));
        Assert.Equal(["name", "color", "archived", "id", "created_at", "updated_at", "type"], Keys(admin["departments"]));
        Assert.Equal(["name", "color", "id", "created_at", "updated_at", "type"], Keys(admin["project_status"]));
        Assert.Equal(["name", "short_name", "description", "color", "priority", "for_entity", "allow_timelog", "archived", "shotgun_id", "department_id", "id", "created_at", "updated_at", "type"],
            Keys(admin["task_types"]));
        Assert.Equal(["name", "archived", "short_name", "description", "color", "priority", "is_done", "is_artist_allowed", "is_client_allowed", "is_retake", "is_feedback_request",
            "is_default", "is_wip", "shotgun_id", "for_concept", "id", "created_at", "updated_at", "type"], Keys(admin["task_status"]));
        Assert.Equal(["first_name", "last_name", "email", "phone", "country", "contract_type", "active", "archived", "last_presence", "desktop_login", "totp_enabled",
            "email_otp_enabled", "fido_enabled", "preferred_two_factor_authentication", "shotgun_id", "timezone", "locale", "use_12_hour_clock", "display_date_format", "data",
            "role", "position", "seniority", "daily_salary", "has_avatar", "notifications_enabled", "notifications_slack_enabled", "notifications_slack_userid",
            "notifications_mattermost_enabled", "notifications_mattermost_userid", "notifications_discord_enabled", "notifications_discord_userid", "is_bot", "is_guest",
            "expiration_date", "is_generated_from_ldap", "ldap_uid", "departments", "studio_id", "full_name", "id", "created_at", "updated_at", "type"], PersonKeys(admin["persons"]));
        Assert.Equal(["id", "type", "first_name", "last_name", "full_name", "has_avatar", "active", "departments", "studio_id", "role", "desktop_login", "is_bot"], Keys(artist["persons"]));
        var project = artist["projects"]!.AsArray().Single(p => p.Id() == world["project"])!;
        Assert.Equal(["name", "code", "description", "shotgun_id", "file_tree", "data", "has_avatar", "fps", "ratio", "resolution", "production_type", "production_style",
            "start_date", "end_date", "man_days", "nb_episodes", "episode_span", "max_retakes", "is_clients_isolated", "is_preview_download_allowed", "is_set_preview_automated",
            "homepage", "is_publish_default_for_artists", "is_bot_collaboration_enabled", "is_single_preview_per_revision", "is_frame_in_numbering", "revision_padding",
            "hd_bitrate_compression", "ld_bitrate_compression", "project_status_id", "default_preview_background_file_id", "from_schedule_version_id", "team", "asset_types",
            "task_statuses", "task_types", "status_automations", "preview_background_files", "id", "created_at", "updated_at", "type", "descriptors", "task_types_priority",
            "task_statuses_link"], project.AsObject().Select(p => p.Key));
        Assert.Contains(project["team"]!.AsArray(), m => m!.GetValue<string>() == world["artist"]);
        Assert.Equal("{}", artist["project_roles"]!.ToJsonString());
        Assert.Equal(100, admin["user_limit"]!.GetValue<int>());
        Assert.DoesNotContain(world.Outsider is null ? [] : (await world.Outsider.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/context"))!["projects"]!.AsArray(),
            p => p.Id() == world["project"]);
    }

    [Fact]
    public async Task Filters_AreCreatedChangedAndRemovedByTheirOwner_SharingNeedsAManager()
    {
        var created = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/filters",
            new { name = "Mine", query = "hero", list_type = "asset", project_id = world["project"], is_shared = true });
        var shared = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/filters", new { name = "Team", query = "sword", project_id = world["project"], is_shared = true });
        var missing = await world.Artist.PostAsync("/data/user/filters", new { name = "No query" });
        var other = await world.Artist2.PutAsync($"/data/user/filters/{created.Id()}", new { name = "Stolen" });
        var updated = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/user/filters/{created.Id()}", new { name = "Renamed", search_query = "villain" });
        var listed = await world.Artist2.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/filters");
        var deleted = await world.Artist.DeleteAsync($"/data/user/filters/{created.Id()}");
        var mine = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/filters");

        Assert.Equal("hero", created!["search_query"]!.GetValue<string>());
        Assert.False(created["is_shared"]!.GetValue<bool>());
        Assert.True(shared!["is_shared"]!.GetValue<bool>());
        Assert.Equal("query", missing.Body!["data"]!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal("Renamed", updated!["name"]!.GetValue<string>());
        Assert.Equal("villain", updated["search_query"]!.GetValue<string>());
        Assert.Equal(shared.Id(), Assert.Single(listed!["todo"]![world["project"]]!.AsArray()).Id());
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Null(mine!["asset"]);
    }

    [Fact]
    public async Task SharingAGroup_WithARefusedDepartment_LeavesItsFiltersUnshared()
    {
        var group = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/filter-groups",
            new { name = "Props", color = "#00FF00", list_type = "asset", project_id = world["project"] });
        var filter = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/filters",
            new { name = "Swords", query = "sword", list_type = "asset", project_id = world["project"], search_filter_group_id = group.Id() });

        var refused = await world.Admin.PutAsync($"/data/user/filter-groups/{group.Id()}", new { is_shared = true, department_id = Guid.NewGuid() });
        var after = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/search-filters/{filter.Id()}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.False(after!["is_shared"]!.GetValue<bool>());
    }

    [Fact]
    public async Task FilterGroups_HoldFilters_RemovingAGroupRemovesThem()
    {
        var group = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/filter-groups", new { name = "Heroes", color = "#FF0000", list_type = "asset" });
        var filter = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/filters", new { name = "In group", query = "hero", list_type = "asset", search_filter_group_id = group.Id() });
        var one = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/filter-groups/{group.Id()}");
        var renamed = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/user/filter-groups/{group.Id()}", new { name = "Villains" });
        var listed = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/filter-groups");
        var other = await world.Artist2.GetAsync($"/data/user/filter-groups/{group.Id()}");
        var noName = await world.Artist.PostAsync("/data/user/filter-groups", new { color = "#000000" });
        var deleted = await world.Artist.DeleteAsync($"/data/user/filter-groups/{group.Id()}");
        var filters = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/search-filters?id={filter.Id()}");

        Assert.Equal(["list_type", "entity_type", "name", "color", "is_shared", "person_id", "project_id", "department_id", "id", "created_at", "updated_at", "type"], one!.AsObject().Select(p => p.Key));
        Assert.Equal("Villains", renamed!["name"]!.GetValue<string>());
        Assert.Equal(group.Id(), Assert.Single(listed!["asset"]!["all"]!.AsArray()).Id());
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noName.Status);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Empty(filters!.AsArray());
    }

    [Fact]
    public async Task SubscribeMany_FollowsEveryListedTask_UnsubscribeManyStops()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();

        var subscribed = await world.Supervisor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/actions/user/tasks/subscribe", new { task_ids = new[] { modeling, rigging } });
        var following = await world.Supervisor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/tasks/{rigging}/subscribed");
        var outsider = await world.Outsider.PostAsync("/actions/user/tasks/subscribe", new { task_ids = new[] { modeling } });
        var empty = await world.Supervisor.PostAsync("/actions/user/tasks/subscribe", new { task_ids = Array.Empty<string>() });
        var unsubscribed = await world.Supervisor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/actions/user/tasks/unsubscribe", new { task_ids = new[] { modeling, rigging } });
        var after = await world.Supervisor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/tasks/{rigging}/subscribed");

        Assert.Equal([modeling, rigging], subscribed!.AsArray().Select(s => s!["task_id"]!.GetValue<string>()));
        Assert.True(following!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal([modeling, rigging], unsubscribed!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.False(after!.GetValue<bool>());
    }

    [Fact]
    public async Task ChatJoin_TheCallerJoinsAndLeavesAnEntitysChat()
    {
        var (asset, _, _) = await world.NewAssetAsync();

        var joined = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/actions/user/chats/{asset}/join", new { });
        var mine = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/chats");
        var outsider = await world.Outsider.PostAsync($"/actions/user/chats/{asset}/join", new { });
        var left = await world.Artist.DeleteAsync($"/actions/user/chats/{asset}/join");
        var after = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/chats");

        Assert.Equal(asset, joined!["object_id"]!.GetValue<string>());
        Assert.Contains(joined["participants"]!.AsArray(), p => p!.GetValue<string>() == world["artist"]);
        Assert.Contains(mine!.AsArray(), c => c.Id() == joined.Id());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal(HttpStatusCode.NoContent, left.Status);
        Assert.DoesNotContain(after!.AsArray(), c => c.Id() == joined.Id());
    }

    [Fact]
    public async Task TasksToCheck_AreTheTasksWaitingForFeedback_ForReviewersOnly()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();
        await world.CommentAsync(world.Artist, modeling, "wfa", "Please review");

        var manager = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/tasks-to-check");
        var artist = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/tasks-to-check");
        var outsider = await world.Outsider.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/tasks-to-check");

        var row = manager!.AsArray().Single(t => t.Id() == modeling)!;
        Assert.Equal("Waiting For Approval", row["task_status_name"]!.GetValue<string>());
        Assert.DoesNotContain(manager.AsArray(), t => t.Id() == rigging);
        Assert.Empty(artist!.AsArray());
        Assert.Empty(outsider!.AsArray());
    }

    [Fact]
    public async Task MyTasks_CarryTheTasksPlanningFields_AfterTheEpisode()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{modeling}", new { estimation = 120, due_date = "2030-01-02T00:00:00" });

        var row = (await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/tasks"))!.AsArray().Single(t => t.Id() == modeling)!.AsObject();

        var keys = row.Select(p => p.Key).ToList();
        Assert.Equal(["episode_name", "task_estimation", "task_duration", "task_start_date", "task_due_date", "task_type_name"], keys.Skip(keys.IndexOf("episode_name")).Take(6));
        Assert.Equal("120.0", row["task_estimation"]!.ToJsonString());
        Assert.Equal("2030-01-02T00:00:00", row["task_due_date"]!.GetValue<string>());
    }

    private static IEnumerable<string> Keys(JsonNode? list) => list!.AsArray()[0]!.AsObject().Select(p => p.Key);
}
