using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;


namespace Studio.Web.Api.Zou;

/// <summary>
/// Writes Zou's JSON conventions straight to UTF-8 for the large list routes (no intermediate JSON tree): ids and
/// times as strings, floats with a decimal point, JSON columns as stored.
/// </summary>
public static class ZouJsonWriter
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="write"/> on a new writer and returns the UTF-8 document.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    public static void WriteId(this Utf8JsonWriter writer, string name, Guid? value)
    {
        if (value is { } id)
        {
            writer.WriteString(name, id.ToString());
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteText(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteTime(this Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, ZouSerializer.FormatDateTime(time));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteInt(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>ZOU: Python floats always carry a decimal point.</summary>
    public static void WriteFloat(this Utf8JsonWriter writer, string name, double? value)
    {
        writer.WritePropertyName(name);
        if (value is not { } number || double.IsNaN(number) || double.IsInfinity(number))
        {
            writer.WriteNullValue();
            return;
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        writer.WriteRawValue(text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0", skipInputValidation: true);
    }

    public static void WriteNode(this Utf8JsonWriter writer, string name, JsonNode? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    /// <summary>Writes the value <paramref name="data"/> holds for <paramref name="key"/>, or null (e.g. a shot's <c>data.fps</c>).</summary>
    public static void WriteField(this Utf8JsonWriter writer, string name, JsonNode? data, string key) =>
        writer.WriteNode(name, data is JsonObject o ? o[key] : null);
}
