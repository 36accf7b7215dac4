using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Plugins;

/// <summary>An error met while importing data (CSV or ShotGrid), with the event that caused it.</summary>
public class DataImportError : ZouEntity
{
    public JsonNode EventData { get; set; } = new JsonObject();

    public string? Source { get; set; } // ZOU: a PostgreSQL enum (import_source_enum: csv, shotgun); stored as a string here.
}
