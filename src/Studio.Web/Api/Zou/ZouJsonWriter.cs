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

    public static void WriteId(this Utf8JsonWriter writer, string name, Guid? value) => writer.WriteId(JsonEncodedText.Encode(name), value);

    public static void WriteText(this Utf8JsonWriter writer, string name, string? value) => writer.WriteText(JsonEncodedText.Encode(name), value);

    public static void WriteTime(this Utf8JsonWriter writer, string name, DateTime? value) => writer.WriteTime(JsonEncodedText.Encode(name), value);

    public static void WriteInt(this Utf8JsonWriter writer, string name, int? value) => writer.WriteInt(JsonEncodedText.Encode(name), value);

    public static void WriteFloat(this Utf8JsonWriter writer, string name, double? value) => writer.WriteFloat(JsonEncodedText.Encode(name), value);

    public static void WriteNode(this Utf8JsonWriter writer, string name, JsonNode? value) => writer.WriteNode(JsonEncodedText.Encode(name), value);

    /// <summary>Writes the value <paramref name="data"/> holds for <paramref name="key"/>, or null (e.g. a shot's <c>data.fps</c>).</summary>
    public static void WriteField(this Utf8JsonWriter writer, string name, JsonNode? data, string key) => writer.WriteField(JsonEncodedText.Encode(name), data, key);

    // The big lists name their keys once (JsonEncodedText) and write ids, times and numbers as UTF-8 without an
    // intermediate string: a production's with-tasks list writes ~1.5 million values.

    /// <summary>An id in Zou's form (lower-case, with hyphens), or null.</summary>
    public static void WriteId(this Utf8JsonWriter writer, JsonEncodedText name, Guid? value)
    {
        if (value is { } id)
        {
            writer.WriteString(name, id);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteText(this Utf8JsonWriter writer, JsonEncodedText name, string? value)
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

    public static void WriteTime(this Utf8JsonWriter writer, JsonEncodedText name, DateTime? value)
    {
        if (value is { } time)
        {
            Span<byte> text = stackalloc byte[32];
            time.TryFormat(text, out var length, ZouSerializer.DateTimeFormat, CultureInfo.InvariantCulture);
            writer.WriteString(name, text[..length]);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteInt(this Utf8JsonWriter writer, JsonEncodedText name, int? value)
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
    public static void WriteFloat(this Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        writer.WritePropertyName(name);
        if (value is not { } number || double.IsNaN(number) || double.IsInfinity(number))
        {
            writer.WriteNullValue();
            return;
        }

        Span<byte> text = stackalloc byte[40];
        number.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        if (!text[..length].ContainsAny((byte)'.', (byte)'E'))
        {
            ".0"u8.CopyTo(text[length..]);
            length += 2;
        }

        writer.WriteRawValue(text[..length], skipInputValidation: true);
    }

    public static void WriteNode(this Utf8JsonWriter writer, JsonEncodedText name, JsonNode? value)
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
    public static void WriteField(this Utf8JsonWriter writer, JsonEncodedText name, JsonNode? data, string key) =>
        writer.WriteNode(name, data is JsonObject o ? o[key] : null);
}
