using System.Text.Json.Nodes;
using Studio.Domain.Events;
using Studio.Web.Api.Zou.Persons;

namespace Studio.Web.Api.Zou.News;

/// <summary>Zou's shapes of the news feed: a page with its counts, and one item.</summary>
public static class NewsJson
{
    /// <summary>The page's items, the paging, then per status the number of status changes setting it (keyed by the status id).</summary>
    public static JsonObject Feed(NewsFeed feed)
    {
        var stats = new JsonObject();
        foreach (var stat in feed.Stats)
        {
            stats[stat.TaskStatusId.ToString()] = stat.Count;
        }

        return new JsonObject
        {
            ["data"] = new JsonArray([.. feed.Items.Select(i => (JsonNode?)Item(i))]),
            ["total"] = feed.Total,
            ["nb_pages"] = feed.Pages,
            ["limit"] = feed.Limit,
            ["offset"] = feed.Offset,
            ["page"] = feed.Page,
            ["stats"] = stats,
        };
    }

    public static JsonObject Item(NewsItem item) => new()
    {
        ["id"] = item.News.Id.ToString(),
        ["type"] = "News",
        ["author_id"] = item.News.AuthorId.ToString(),
        ["comment_id"] = item.News.CommentId?.ToString(),
        ["task_id"] = item.Task.Id.ToString(),
        ["task_type_id"] = item.Task.TaskTypeId?.ToString(),
        ["task_status_id"] = item.TaskStatusId?.ToString(),
        ["task_entity_id"] = item.Task.EntityId?.ToString(),
        ["preview_file_id"] = item.News.PreviewFileId?.ToString(),
        ["preview_file_extension"] = item.Preview?.Extension,
        ["preview_file_revision"] = item.Preview?.Revision,
        ["project_id"] = item.Task.ProjectId?.ToString(),
        ["project_name"] = item.ProjectName,
        ["created_at"] = ZouSerializer.FormatDateTime(item.News.CreatedAt),
        ["change"] = item.News.Change,
        ["full_entity_name"] = item.FullEntityName,
        ["episode_id"] = item.EpisodeId?.ToString(),
        ["entity_preview_file_id"] = item.Entity?.PreviewFileId?.ToString(),
        ["person"] = PersonJson.Author(item.Author),
    };
}
