using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// Replays, in order, the requests of real exchanges with Zou 1.0.67 on a fresh database (ZouSamples/*.json: a login,
/// a production, an asset with a task, a comment with a picture preview, the lists, the errors) against a fresh Studio,
/// and checks each answer has Zou's shape: the status, every key in Zou's order, each value of the same JSON kind
/// (text, number, flag, list, object, null), the same <c>type</c> names and the same error bodies. Ids differ between
/// the two servers: each id Zou answered is paired with the one Studio answered at the same place, and later requests
/// (and object keys that are ids) use Studio's.
/// </summary>
public sealed class ZouSamplesTests(FreshStudio studio) : IClassFixture<FreshStudio>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Web", "Api", "ZouSamples");

    private readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);

    [Fact]
    public async Task EveryExchange_HasZousShape()
    {
        using var http = studio.Factory.CreateClient();
        var differences = new List<string>();

        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var sample = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
            var name = Path.GetFileNameWithoutExtension(file);
            var (status, body) = await SendAsync(http, name, sample["request"]!);
            var expectedStatus = sample["status"]!.GetValue<int>();
            if ((int)status != expectedStatus)
            {
                differences.Add($"{name}: status {(int)status}, Zou {expectedStatus}: {body?.ToJsonString()}");
                continue;
            }

            if (name.EndsWith("-auth-login", StringComparison.Ordinal))
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!["access_token"]!.GetValue<string>());
            }

            Compare(name, "", sample["response"], body, differences, errorBody: expectedStatus >= 400);
        }

        Assert.True(differences.Count == 0, "Answers unlike Zou's:\n" + string.Join("\n", differences));
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpClient http, string name, JsonNode request)
    {
        var method = new HttpMethod(request["method"]!.GetValue<string>());
        using var message = new HttpRequestMessage(method, "/api" + Translate(request["path"]!.GetValue<string>()));
        // The samples keep a JSON body as its text.
        var body = request["body"] is JsonValue raw && raw.GetValue<string>() is var source && !source.StartsWith("multipart", StringComparison.Ordinal)
            ? JsonNode.Parse(source)
            : request["body"];
        if (name.EndsWith("-unauthenticated-no-token", StringComparison.Ordinal))
        {
            http.DefaultRequestHeaders.Authorization = null;
        }

        if (body is JsonValue text && text.GetValue<string>().StartsWith("multipart", StringComparison.Ordinal))
        {
            var form = new MultipartFormDataContent();
            var png = new ByteArrayContent(Convert.FromBase64String(OnePixelPng));
            png.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(png, "file", "sample.png");
            message.Content = form;
        }
        else if (body is JsonObject login && login.ContainsKey("password"))
        {
            // The samples hide the password; the first login of the samples is refused, the second succeeds.
            var password = name.Contains("wrong-password", StringComparison.Ordinal) ? "not-the-password" : StudioApiFactory.AdminPassword;
            message.Content = Json(new JsonObject { ["email"] = StudioApiFactory.AdminEmail, ["password"] = password });
        }
        else if (body is not null)
        {
            message.Content = Json(JsonNode.Parse(Translate(body.ToJsonString()))!);
        }

        using var response = await http.SendAsync(message);
        var content = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, content.Length == 0 ? null : JsonNode.Parse(content));
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    /// <summary>Zou's ids in a request, replaced by the ids Studio gave the same rows.</summary>
    private string Translate(string text)
    {
        foreach (var (zou, studio) in ids)
        {
            text = text.Replace(zou, studio, StringComparison.Ordinal);
        }

        return text;
    }

    private void Compare(string name, string path, JsonNode? zou, JsonNode? studio, List<string> differences, bool errorBody)
    {
        var (zouKind, studioKind) = (Kind(zou), Kind(studio));
        if (zouKind != studioKind)
        {
            differences.Add($"{name}: {Where(path)} is {studioKind}, Zou {zouKind}");
            return;
        }

        switch (zou)
        {
            case JsonObject zouObject:
                var studioObject = (JsonObject)studio!;
                // A key that is an id Zou answered earlier (task_types_priority is keyed by task type) stands for Studio's id of the same row.
                var zouKeys = zouObject.Select(p => (Zou: p.Key, Studio: ids.GetValueOrDefault(p.Key, p.Key), Value: p.Value)).ToList();
                var studioKeys = studioObject.Select(p => p.Key).ToList();
                if (!zouKeys.Select(k => k.Studio).SequenceEqual(studioKeys))
                {
                    differences.Add($"{name}: {Where(path)} keys [{string.Join(", ", studioKeys)}], Zou [{string.Join(", ", zouKeys.Select(k => k.Zou))}]");
                }

                foreach (var (key, studioKey, value) in zouKeys.Where(k => studioObject.ContainsKey(k.Studio)))
                {
                    Compare(name, $"{path}.{key}", value, studioObject[studioKey], differences, errorBody);
                }

                break;
            case JsonArray zouArray:
                var studioArray = (JsonArray)studio!;
                foreach (var (zouItem, studioItem) in Pair(zouArray, studioArray))
                {
                    Compare(name, $"{path}[]", zouItem, studioItem, differences, errorBody);
                }

                break;
            case JsonValue zouValue when zouKind == "text":
                var (zouText, studioText) = (zouValue.GetValue<string>(), studio!.GetValue<string>());
                if (Guid.TryParse(zouText, out _) && Guid.TryParse(studioText, out _))
                {
                    ids.TryAdd(zouText, studioText);
                }
                else if ((path.EndsWith(".type", StringComparison.Ordinal) || errorBody) && zouText != studioText && zouText != "<jwt>")
                {
                    differences.Add($"{name}: {Where(path)} is \"{studioText}\", Zou \"{zouText}\"");
                }

                break;
            case JsonValue zouNumber when zouKind == "a number" && IsFloat(zouNumber) != IsFloat(studio!):
                differences.Add($"{name}: {Where(path)} is {studio!.ToJsonString()}, Zou {zouNumber.ToJsonString()} (Python writes floats with a point)");
                break;
        }
    }

    private static bool IsFloat(JsonNode number) => number.ToJsonString().Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// List items paired by name (and by the kind of entity a task type is for: two are named Concept) where they have
    /// one, since seeded lists need not share an order; else by position.
    /// </summary>
    private static IEnumerable<(JsonNode? Zou, JsonNode? Studio)> Pair(JsonArray zou, JsonArray studio)
    {
        static string? Key(JsonNode? item) => item is JsonObject o && o["name"] is JsonValue name ? name.ToJsonString() + o["for_entity"]?.ToJsonString() : null;
        if (zou.Count > 0 && zou.All(i => Key(i) is not null) && studio.All(i => Key(i) is not null))
        {
            return zou.Select(z => (z, studio.FirstOrDefault(s => Key(s) == Key(z)))).Where(p => p.Item2 is not null);
        }

        return zou.Zip(studio, (z, s) => (z, s));
    }

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => node.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "text",
            System.Text.Json.JsonValueKind.Number => "a number",
            _ => "a flag",
        },
    };

    private static string Where(string path) => path.Length == 0 ? "the body" : path.TrimStart('.');

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";
}
