using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Comments;

/// <summary>Zou's <c>comments</c> routes: posting (alone or in batches), reading, acknowledging, replying, attachments.</summary>
public static class CommentsEndpoints
{
    public static IEndpointRouteBuilder MapCommentsEndpoints(this IEndpointRouteBuilder api)
    {
        // Routes that take files accept up to ten attachments of the largest size (Kestrel's default is 30 MB).
        var uploadLimit = api.ServiceProvider.GetRequiredService<IOptions<StudioOptions>>().Value.MaxAttachmentSize * 10;
        var actions = api.MapGroup("/actions").WithTags("Comments");
        actions.MapPost("/tasks/{task_id}/comment", async (string task_id, HttpContext c, CommentService s, CancellationToken t) =>
        {
            var taskId = Ids.Parse(task_id);
            var (fields, files) = await CommentForm.ReadAsync(c.Request, t);
            return ZouResults.Created(await s.PostAsync(c.User.ToActor(), taskId, CommentForm.ToRequest(fields), files, t));
        }).WithName("Comments_Post").AcceptsUploads(uploadLimit).WithSummary("Comment a task, possibly changing its status");
        actions.MapPost("/tasks/{task_id}/batch-comment", async (string task_id, HttpContext c, CommentService s, CancellationToken t) =>
        {
            var taskId = Ids.Parse(task_id);
            return ZouResults.Created(await BatchAsync(c, s, taskId, t));
        }).WithName("Comments_BatchOnTask").AcceptsUploads(uploadLimit).WithSummary("Post several comments on a task");
        actions.MapPost("/tasks/batch-comment", async (HttpContext c, CommentService s, CancellationToken t) => ZouResults.Created(await BatchAsync(c, s, null, t)))
            .WithName("Comments_Batch").AcceptsUploads(uploadLimit).WithSummary("Post comments on several tasks");
        actions.MapPost("/projects/{project_id}/tasks/comment-many", async (string project_id, HttpContext c, CommentService s, CancellationToken t) =>
        {
            Ids.Parse(project_id);
            var body = await JsonBody.ReadNodeAsync(c.Request, t) as JsonArray ?? throw new WrongParameterException("A list of comments is expected.");
            var items = body.OfType<JsonObject>()
                .Where(o => o.ContainsKey("object_id") && o.ContainsKey("task_status_id") && o.ContainsKey("comment"))
                .Select(o => (Ids.Parse(JsonBody.GetString(o, "object_id") ?? ""), CommentForm.ToRequest(o), (IReadOnlyList<UploadedFile>)[]))
                .ToList();
            return ZouResults.Created(await s.PostManyAsync(c.User.ToActor(), items, skipRefused: true, t));
        }).WithName("Comments_CommentMany").WithSummary("Comment many tasks of a production (refused tasks are skipped)");
        actions.MapPost("/tasks/{task_id}/comments/{comment_id}/add-attachment", async (string task_id, string comment_id, HttpContext c, CommentAttachmentsService s, CancellationToken t) =>
        {
            var (taskId, commentId) = (Ids.Parse(task_id), Ids.Parse(comment_id));
            var (_, files) = await CommentForm.ReadAsync(c.Request, t);
            return ZouResults.Created(await s.AddAttachmentsAsync(c.User.ToActor(), taskId, commentId, files, t));
        }).WithName("Comments_AddAttachment").AcceptsUploads(uploadLimit).WithSummary("Attach files to a comment");

        actions.MapPost("/tasks/{task_id}/comments/{comment_id}/move", Move).WithName("Comments_Move").WithSummary("Move a comment to another task of the same entity");

        var data = api.MapGroup("/data").WithTags("Comments");
        data.MapGet("/tasks/{task_id}/comments", async (string task_id, HttpContext c, CommentReadService s, CancellationToken t) =>
            ZouResults.Json(await s.ListAsync(c.User.ToActor(), Ids.Parse(task_id), t))).WithName("Comments_List").WithSummary("A task's comments, newest first");
        data.MapGet("/tasks/{task_id}/comments/{comment_id}", async (string task_id, string comment_id, HttpContext c, CommentReadService s, CancellationToken t) =>
            ZouResults.Json(await s.GetAsync(c.User.ToActor(), Ids.Parse(task_id), Ids.Parse(comment_id), t))).WithName("Comments_Get").WithSummary("One comment of a task");
        data.MapDelete("/tasks/{task_id}/comments/{comment_id}", async (string task_id, string comment_id, HttpContext c, CommentService s, Studio.Domain.Crud.CrudService crud, CancellationToken t) =>
        {
            await s.DeleteAsync(crud, c.User.ToActor(), Ids.Parse(task_id), Ids.Parse(comment_id), t);
            return Results.NoContent();
        }).WithName("Comments_Delete").WithSummary("Remove a comment; the task is recomputed");
        data.MapPost("/tasks/{task_id}/comments/{comment_id}/ack", async (string task_id, string comment_id, HttpContext c, CommentDiscussionService s, CancellationToken t) =>
            ZouResults.Json(await s.AcknowledgeAsync(c.User.ToActor(), Ids.Parse(task_id), Ids.Parse(comment_id), t))).WithName("Comments_Acknowledge").WithSummary("Acknowledge a comment (again to take it back)");
        data.MapPost("/tasks/{task_id}/comments/{comment_id}/reply", async (string task_id, string comment_id, HttpContext c, CommentDiscussionService s, CancellationToken t) =>
        {
            var (taskId, commentId) = (Ids.Parse(task_id), Ids.Parse(comment_id));
            var (fields, files) = await CommentForm.ReadAsync(c.Request, t);
            return ZouResults.Json(await s.ReplyAsync(c.User.ToActor(), taskId, commentId, JsonBody.GetString(fields, "text") ?? "", files, t));
        }).WithName("Comments_Reply").AcceptsUploads(uploadLimit).WithSummary("Reply to a comment");
        data.MapDelete("/tasks/{task_id}/comments/{comment_id}/reply/{reply_id}", async (string task_id, string comment_id, string reply_id, HttpContext c, CommentDiscussionService s, CancellationToken t) =>
            ZouResults.Json(await s.DeleteReplyAsync(c.User.ToActor(), Ids.Parse(task_id), Ids.Parse(comment_id), Ids.Parse(reply_id), t)))
            .WithName("Comments_DeleteReply").WithSummary("Remove a reply");
        data.MapDelete("/tasks/{task_id}/comments/{comment_id}/attachments/{attachment_id}", async (string task_id, string comment_id, string attachment_id, HttpContext c, CommentAttachmentsService s, CancellationToken t) =>
        {
            await s.DeleteAttachmentAsync(c.User.ToActor(), Ids.Parse(task_id), Ids.Parse(comment_id), Ids.Parse(attachment_id), t);
            return Results.NoContent();
        }).WithName("Comments_DeleteAttachment").WithSummary("Remove a comment's attachment");
        data.MapGet("/attachment-files/{attachment_id}/file/{file_name}", async (string attachment_id, string file_name, HttpContext c, CommentAttachmentsService s, CancellationToken t) =>
        {
            var (path, name, mimetype) = await s.AttachmentFileAsync(c.User.ToActor(), Ids.Parse(attachment_id), t);
            var image = mimetype is "image/jpeg" or "image/png" or "image/gif" or "image/webp" or "image/bmp" or "image/avif";
            return Results.File(path, mimetype ?? "application/octet-stream", image ? null : name, enableRangeProcessing: true);
        }).WithName("Comments_AttachmentFile").WithSummary("Download an attachment (images inline)");
        return api;
    }

    private static async Task<IResult> Move(string task_id, string comment_id, HttpContext context, CommentMoveService service, CancellationToken cancellationToken)
    {
        var (taskId, commentId) = (Ids.Parse(task_id), Ids.Parse(comment_id));
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        return ZouResults.Json(await service.MoveAsync(context.User.ToActor(), taskId, commentId, body, cancellationToken));
    }

    /// <summary>Batch comments: <c>{"comments": [...]}</c> in JSON or in a form field; files <c>attachment_file-&lt;i&gt;</c> go to comment i.</summary>
    private static async Task<JsonArray> BatchAsync(HttpContext context, CommentService service, Guid? taskId, CancellationToken cancellationToken)
    {
        var (fields, files) = await CommentForm.ReadAsync(context.Request, cancellationToken);
        var comments = fields["comments"] as JsonArray ?? throw new WrongParameterException("A list of comments is expected.");
        var form = context.Request.HasFormContentType ? context.Request.Form.Files : null;
        var items = comments.OfType<JsonObject>().Select((o, i) =>
        {
            var target = taskId ?? Ids.Parse(JsonBody.GetString(o, "task_id") ?? "");
            var own = form is null ? [] : (IReadOnlyList<UploadedFile>)[.. form.Where(f => f.Name.Contains($"attachment_file-{i}", StringComparison.Ordinal))
                .Select(f => new UploadedFile(f.FileName, f.ContentType, f.OpenReadStream()))];
            return (target, CommentForm.ToRequest(o, "text"), own);
        }).ToList();
        _ = files;
        return await service.PostManyAsync(context.User.ToActor(), items, skipRefused: false, cancellationToken);
    }
}
