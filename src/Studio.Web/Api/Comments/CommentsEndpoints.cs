using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Studio.Domain.Access;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persistence;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Comments;

namespace Studio.Web.Api.Comments;

/// <summary>Zou's <c>comments</c> routes: posting (alone or in batches), reading, acknowledging, replying, attachments.</summary>
public static class CommentsEndpoints
{
    private static readonly BodySchema MoveSchema = new BodySchema().Field("target_task_id", BodyField.Text, required: true);

    public static IEndpointRouteBuilder MapCommentsEndpoints(this IEndpointRouteBuilder api)
    {
        // Routes that take files accept up to ten attachments of the largest size (Kestrel's default is 30 MB).
        var uploadLimit = api.ServiceProvider.GetRequiredService<IOptions<StudioOptions>>().Value.MaxAttachmentSize * 10;
        var actions = api.MapGroup("/actions").WithTags("Comments");
        actions.MapPost("/tasks/{task_id}/comment", Post).WithName("Comments_Post").AcceptsUploads(uploadLimit).WithSummary("Comment a task, possibly changing its status");
        actions.MapPost("/tasks/{task_id}/batch-comment", BatchOnTask).WithName("Comments_BatchOnTask").AcceptsUploads(uploadLimit).WithSummary("Post several comments on a task");
        actions.MapPost("/tasks/batch-comment", Batch).WithName("Comments_Batch").AcceptsUploads(uploadLimit).WithSummary("Post comments on several tasks");
        actions.MapPost("/projects/{project_id}/tasks/comment-many", CommentMany).WithName("Comments_CommentMany").WithSummary("Comment many tasks of a production (refused tasks are skipped)");
        actions.MapPost("/tasks/{task_id}/comments/{comment_id}/add-attachment", AddAttachment).WithName("Comments_AddAttachment").AcceptsUploads(uploadLimit).WithSummary("Attach files to a comment");

        actions.MapPost("/tasks/{task_id}/comments/{comment_id}/move", Move).WithName("Comments_Move").WithSummary("Move a comment to another task of the same entity");

        var data = api.MapGroup("/data").WithTags("Comments");
        data.MapGet("/tasks/{task_id}/comments", List).WithName("Comments_List").WithSummary("A task's comments, newest first");
        data.MapGet("/tasks/{task_id}/comments/{comment_id}", Get).WithName("Comments_Get").WithSummary("One comment of a task");
        data.MapDelete("/tasks/{task_id}/comments/{comment_id}", Delete).WithName("Comments_Delete").WithSummary("Remove a comment; the task is recomputed");
        data.MapPost("/tasks/{task_id}/comments/{comment_id}/ack", Acknowledge).WithName("Comments_Acknowledge").WithSummary("Acknowledge a comment (again to take it back)");
        data.MapPost("/tasks/{task_id}/comments/{comment_id}/reply", Reply).WithName("Comments_Reply").AcceptsUploads(uploadLimit).WithSummary("Reply to a comment");
        data.MapDelete("/tasks/{task_id}/comments/{comment_id}/reply/{reply_id}", DeleteReply).WithName("Comments_DeleteReply").WithSummary("Remove a reply");
        data.MapDelete("/tasks/{task_id}/comments/{comment_id}/attachments/{attachment_id}", DeleteAttachment).WithName("Comments_DeleteAttachment").WithSummary("Remove a comment's attachment");
        data.MapGet("/attachment-files/{attachment_id}/file/{file_name}", AttachmentFile).WithName("Comments_AttachmentFile").WithSummary("Download an attachment (images inline)");
        return api;
    }

    private static async Task<IResult> Post(ZouId task_id, Actor actor, HttpRequest request, CommentService service, CancellationToken cancellationToken)
    {
        var (fields, files) = await CommentForm.ReadAsync(request, cancellationToken);
        return ZouResults.Created(CommentJson.Written(await service.PostAsync(actor, task_id, CommentForm.ToRequest(fields), files, cancellationToken)));
    }

    private static async Task<IResult> BatchOnTask(ZouId task_id, Actor actor, HttpRequest request, CommentService service, CancellationToken cancellationToken) =>
        ZouResults.Created(CommentJson.Written(await service.PostManyAsync(actor, await CommentForm.ReadBatchAsync(request, task_id, cancellationToken), skipRefused: false, cancellationToken)));

    private static async Task<IResult> Batch(Actor actor, HttpRequest request, CommentService service, CancellationToken cancellationToken) =>
        ZouResults.Created(CommentJson.Written(await service.PostManyAsync(actor, await CommentForm.ReadBatchAsync(request, null, cancellationToken), skipRefused: false, cancellationToken)));

    /// <summary>ZOU: the items missing one of <c>object_id</c>, <c>task_status_id</c> or <c>comment</c> are passed over.</summary>
    private static async Task<IResult> CommentMany(ZouId project_id, Actor actor, HttpRequest request, CommentService service, CancellationToken cancellationToken)
    {
        _ = project_id;
        var body = await JsonBody.ReadNodeAsync(request, cancellationToken) as JsonArray ?? throw new WrongParameterException("A list of comments is expected.");
        var items = body.OfType<JsonObject>()
            .Where(o => o.ContainsKey("object_id") && o.ContainsKey("task_status_id") && o.ContainsKey("comment"))
            .Select(o => (Ids.Parse(JsonBody.GetString(o, "object_id") ?? ""), CommentForm.ToRequest(o), (IReadOnlyList<UploadedFile>)[]))
            .ToList();
        return ZouResults.Created(CommentJson.Written(await service.PostManyAsync(actor, items, skipRefused: true, cancellationToken)));
    }

    private static async Task<IResult> AddAttachment(ZouId task_id, ZouId comment_id, Actor actor, HttpRequest request, CommentAttachmentsService service, CancellationToken cancellationToken)
    {
        var (_, files) = await CommentForm.ReadAsync(request, cancellationToken);
        return ZouResults.Created(CommentJson.Attachments(await service.AddAttachmentsAsync(actor, task_id, comment_id, files, cancellationToken)));
    }

    private static async Task<IResult> Move(ZouId task_id, ZouId comment_id, Actor actor, HttpRequest request, CommentMoveService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        MoveSchema.Validate(body);
        var target = Ids.Parse(body["target_task_id"]!.GetValue<string>());
        return ZouResults.Json(CommentJson.Written(await service.MoveAsync(actor, task_id, comment_id, target, cancellationToken)));
    }

    private static async Task<IResult> List(ZouId task_id, Actor actor, CommentReadService service, CancellationToken cancellationToken) =>
        ZouResults.Json(CommentJson.Listed(await service.ListAsync(actor, task_id, cancellationToken)));

    private static async Task<IResult> Get(ZouId task_id, ZouId comment_id, Actor actor, CommentReadService service, CancellationToken cancellationToken) =>
        ZouResults.Json(CommentJson.Listed(await service.GetAsync(actor, task_id, comment_id, cancellationToken)));

    private static async Task<IResult> Delete(ZouId task_id, ZouId comment_id, Actor actor, CommentService service, CrudService crud, CancellationToken cancellationToken)
    {
        await service.DeleteAsync(crud, actor, task_id, comment_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Acknowledge(ZouId task_id, ZouId comment_id, Actor actor, CommentDiscussionService service, CancellationToken cancellationToken) =>
        ZouResults.Json(CommentJson.Written(await service.AcknowledgeAsync(actor, task_id, comment_id, cancellationToken)));

    private static async Task<IResult> Reply(ZouId task_id, ZouId comment_id, Actor actor, HttpRequest request, CommentDiscussionService service, CancellationToken cancellationToken)
    {
        var (fields, files) = await CommentForm.ReadAsync(request, cancellationToken);
        return ZouResults.Json(CommentJson.Reply(await service.ReplyAsync(actor, task_id, comment_id, JsonBody.GetString(fields, "text") ?? "", files, cancellationToken)));
    }

    private static async Task<IResult> DeleteReply(ZouId task_id, ZouId comment_id, ZouId reply_id, Actor actor, CommentDiscussionService service, CancellationToken cancellationToken) =>
        ZouResults.Json(CommentJson.Written(await service.DeleteReplyAsync(actor, task_id, comment_id, reply_id, cancellationToken)));

    private static async Task<IResult> DeleteAttachment(ZouId task_id, ZouId comment_id, ZouId attachment_id, Actor actor, CommentAttachmentsService service, CancellationToken cancellationToken)
    {
        await service.DeleteAttachmentAsync(actor, task_id, comment_id, attachment_id, cancellationToken);
        return Results.NoContent();
    }

    /// <summary>The file under its stored name; images are shown inline, other files downloaded.</summary>
    private static async Task<IResult> AttachmentFile(ZouId attachment_id, Actor actor, CommentAttachmentsService service, CancellationToken cancellationToken)
    {
        var (path, name, mimetype) = await service.AttachmentFileAsync(actor, attachment_id, cancellationToken);
        var image = mimetype is "image/jpeg" or "image/png" or "image/gif" or "image/webp" or "image/bmp" or "image/avif";
        return Results.File(path, mimetype ?? "application/octet-stream", image ? null : name, enableRangeProcessing: true);
    }
}
