using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Web.Api.Zou;

namespace Studio.Web.Api.Comments;

/// <summary>
/// Reads a comment from a JSON body or a multipart form (Zou accepts both; with a form, every file is an
/// attachment and <c>checklist</c> and <c>links</c> are JSON strings).
/// </summary>
public static class CommentForm
{
    public static async Task<(JsonObject Fields, IReadOnlyList<UploadedFile> Files)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (await JsonBody.ReadObjectAsync(request, cancellationToken), []);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new WrongParameterException("The form could not be read: " + e.Message);
        }

        var fields = new JsonObject();
        foreach (var (key, value) in form)
        {
            fields[key] = key is "checklist" or "links" or "comments" ? ParseJson(key, value.ToString()) : value.ToString();
        }

        return (fields, [.. form.Files.Select(f => new UploadedFile(f.FileName, f.ContentType, f.OpenReadStream()))]);
    }

    /// <summary>
    /// Batch comments: <c>{"comments": [...]}</c> in JSON or in a form field, each for <paramref name="taskId"/> or the
    /// task it names (<c>task_id</c>); files <c>attachment_file-&lt;i&gt;</c> go to comment i.
    /// </summary>
    public static async Task<List<(Guid TaskId, CommentRequest Request, IReadOnlyList<UploadedFile> Files)>> ReadBatchAsync(HttpRequest request, Guid? taskId, CancellationToken cancellationToken)
    {
        var (fields, _) = await ReadAsync(request, cancellationToken);
        var comments = fields["comments"] as JsonArray ?? throw new WrongParameterException("A list of comments is expected.");
        var form = request.HasFormContentType ? request.Form.Files : null;
        return [.. comments.OfType<JsonObject>().Select((o, i) =>
        {
            var target = taskId ?? Ids.Parse(JsonBody.GetString(o, "task_id") ?? "");
            var own = form is null ? [] : (IReadOnlyList<UploadedFile>)[.. form.Where(f => f.Name.Contains($"attachment_file-{i}", StringComparison.Ordinal))
                .Select(f => new UploadedFile(f.FileName, f.ContentType, f.OpenReadStream()))];
            return (target, ToRequest(o, "text"), own);
        })];
    }

    /// <summary>
    /// The fields of a comment post, validated: a status is required; the checklist (a list, else none) is passed on
    /// as the client sent it.
    /// </summary>
    public static CommentRequest ToRequest(JsonObject fields, string textKey = "comment")
    {
        var status = JsonBody.GetString(fields, "task_status_id");
        if (string.IsNullOrEmpty(status))
        {
            throw ValidationException.For("task_status_id", "Field required");
        }

        return new CommentRequest(
            Ids.Parse(status),
            JsonBody.GetString(fields, textKey) ?? "",
            Guid.TryParse(JsonBody.GetString(fields, "person_id"), out var person) ? person : null,
            ParseDate(JsonBody.GetString(fields, "created_at")),
            (fields["checklist"] as JsonArray ?? []).ToJsonString(),
            [.. (fields["links"] as JsonArray ?? []).Select(l => l?.ToString() ?? "")],
            fields["for_client"] is JsonValue v && (v.GetValueKind() == JsonValueKind.True || (v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is "true" or "True")));
    }

    private static JsonNode? ParseJson(string key, string text)
    {
        if (string.IsNullOrEmpty(text) || text == "null")
        {
            return new JsonArray();
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw new WrongParameterException($"{key} must be JSON.");
        }
    }

    private static DateTime? ParseDate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd"];
        return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new WrongParameterException($"Invalid date format for 'created_at': '{text}'.");
    }
}
