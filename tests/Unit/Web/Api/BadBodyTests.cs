using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Studio.Domain.Crud;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>Bodies no route can use: bytes that are not UTF-8, and a null for a column that cannot be empty. Zou answers 400.</summary>
public sealed partial class BadBodyTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    /// <summary><c>{"name": "\xc3"}</c>: a lead byte of a two-byte UTF-8 sequence, with no byte after it.</summary>
    private static readonly byte[] InvalidUtf8 = [.. "{\"name\": \""u8, 0xC3, .. "\"}"u8];

    private const string MalformedBody = """{"error":true,"message":"Data are empty. Please verify that you sent JSON data and that you set the right headers.","data":null}""";

    /// <summary>Valid UTF-8 and valid JSON grammar, but <c>\ud800</c> is half of a surrogate pair: no string can hold it.</summary>
    private static readonly byte[] LoneSurrogate = "{\"name\": \"\\ud800\"}"u8.ToArray();

    private ApiClient Admin => fixture.Admin;

    [Fact]
    public async Task CrudWrite_WithInvalidUtf8OrALoneSurrogate_AnswersZousMalformedBody400()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/data/entity-types", InvalidUtf8);
        var (surrogateStatus, surrogateBody) = await SendAsync(HttpMethod.Put, $"/api/data/entity-types/{fixture.World["asset_type"]}", LoneSurrogate);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(MalformedBody, body);
        Assert.Equal(HttpStatusCode.BadRequest, surrogateStatus);
        Assert.Equal(MalformedBody, surrogateBody);
    }

    /// <summary>Every POST, PUT and PATCH of the OpenAPI document, path parameters filled with this world's ids (a
    /// random id where the world has none), sent the invalid body as the admin: a client error, never a server error.
    /// The few routes that take no body at all (in Zou too) ignore it and may succeed.</summary>
    [Fact]
    public async Task EveryWriteRoute_WithInvalidUtf8_AnswersAClientError()
    {
        var document = await fixture.Factory.Anonymous().ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/openapi.json");
        var failures = new List<string>();
        var sent = 0;
        foreach (var (path, item) in document!["paths"]!.AsObject())
        {
            foreach (var method in item!.AsObject().Select(p => p.Key).Where(m => m is "post" or "put" or "patch"))
            {
                var url = await FillAsync(path);
                var (status, body) = await SendAsync(new HttpMethod(method.ToUpperInvariant()), url, InvalidUtf8);
                sent++;
                var bodyless = BodylessRoutes().IsMatch($"{method} {path}");
                if ((int)status >= 500 || (!bodyless && (int)status < 400))
                {
                    failures.Add($"{method} {url}: {(int)status} {body}");
                }
            }
        }

        Assert.True(sent >= 100, $"only {sent} write routes in the OpenAPI document");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every required column of every collection, set to null on an existing row by the admin. It was a
    /// server error where a collection's hook read the column (an entity type's unique name).</summary>
    [Fact]
    public async Task EveryCollectionPut_NullForARequiredColumn_AnswersZousNotNull400_AndKeepsTheValue()
    {
        var failures = new List<string>();
        var sent = 0;
        foreach (var collection in CrudRegistry.All.Where(c => c.Model.RequiredNames.Count > 0))
        {
            var id = await FirstIdAsync(collection.Name);
            if (id is null)
            {
                continue;
            }

            // An update drops project_id whatever its value (Zou protects it on every model that has one).
            foreach (var key in collection.Model.RequiredNames.Where(k => k != "project_id"))
            {
                var url = $"/data/{collection.Name}/{id}";
                var before = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, url);
                var (status, body) = await Admin.PutAsync(url, new JsonObject { [key] = null });
                var after = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, url);
                sent++;
                if (status != HttpStatusCode.BadRequest || body?.ToJsonString() != """{"message":"A required field is missing."}"""
                    || !JsonNode.DeepEquals(before![key], after![key]))
                {
                    failures.Add($"PUT {url} {{\"{key}\": null}}: {(int)status} {body?.ToJsonString()}, {before![key]} became {after![key]}");
                }
            }
        }

        Assert.True(sent >= 15, $"only {sent} required columns had a row to try");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Put_NullForAnOptionalColumn_IsStillAccepted()
    {
        var updated = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/task-types/{fixture.World["task_type"]}", new { department_id = (string?)null });

        Assert.Null(updated!["department_id"]);
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string url, byte[] bytes)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await Admin.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The path with each <c>{parameter}</c> replaced by a real id of the world when it has one.</summary>
    private async Task<string> FillAsync(string path)
    {
        var crud = CrudInstance().Match(path);
        var instance = crud.Success ? await FirstIdAsync(crud.Groups[1].Value) : null;
        return Parameter().Replace(path, m => m.Groups[1].Value switch
        {
            "instance_id" => instance ?? Guid.NewGuid().ToString(),
            "project_id" => fixture.World["project"],
            "task_id" => fixture.World["task"],
            "comment_id" => fixture.World["comment"],
            "entity_id" or "asset_id" => fixture.World["entity"],
            "task_type_id" => fixture.World["task_type"],
            "asset_type_id" => fixture.World["asset_type"],
            "person_id" => fixture.World["admin"],
            "entity_type" => "assets",
            _ => Guid.NewGuid().ToString(),
        });
    }

    private async Task<string?> FirstIdAsync(string collection)
    {
        var (status, rows) = await Admin.GetAsync($"/data/{collection}");
        return status == HttpStatusCode.OK && rows is JsonArray { Count: > 0 } list ? list[0].Id() : null;
    }

    [GeneratedRegex(@"^post /api/(actions/user/tasks/\{task_id\}/subscribe|data/tasks/\{task_id\}/comments/\{comment_id\}/ack|actions/user/chats/\{entity_id\}/join|actions/user/notifications/mark-all-as-read|actions/persons/\{person_id\}/reset-password-link)$")]
    private static partial Regex BodylessRoutes();

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^/api/data/([a-z-]+)/\{instance_id\}$")]
    private static partial Regex CrudInstance();
}
