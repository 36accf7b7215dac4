namespace Studio.Domain.Persistence.Migrations;

/// <summary>
/// Moves what the media pipeline used to keep in a preview's <c>data</c> into its <c>preview_file_pipeline</c> row, so
/// that <c>data</c> is the clients' alone again (and <c>Down</c> puts it back). Each provider gets its own SQL: SQLite
/// keeps <c>data</c> as JSON text (its <c>json_*</c> functions), PostgreSQL as <c>jsonb</c>.
/// <list type="bullet">
/// <item>Keys only the pipeline wrote move whenever they are there: <c>source_extension</c>, <c>lowdef_ready</c>, the
/// upload's <c>original_*</c> measures, <c>lowdef_width</c> and <c>lowdef_height</c>.</item>
/// <item>Keys whose names a client may also use move only where the pipeline wrote them: <c>fps</c> when
/// <c>lowdef_width</c> is beside it (the pipeline wrote both at once), <c>error</c> on a broken preview (the pipeline
/// wrote it when it broke the preview).</item>
/// <item>Every other key stays. A <c>data</c> that held nothing else becomes null; one that is not a JSON object is
/// left alone.</item>
/// <item>A value of the wrong JSON kind for its column (text where a number belongs) is dropped rather than failing
/// the upgrade.</item>
/// </list>
/// </summary>
internal static class PreviewPipelineMove
{
    private enum Kind
    {
        Text,
        Integer,
        Long,
        Real,
        Flag,
    }

    /// <summary>The keys that move, each with its column and kind; <c>fps</c> and <c>error</c> under their conditions.</summary>
    private static readonly (string Key, string Column, Kind Kind)[] Keys =
    [
        ("source_extension", "source_extension", Kind.Text),
        ("lowdef_ready", "low_definition_ready", Kind.Flag),
        ("original_width", "original_width", Kind.Integer),
        ("original_height", "original_height", Kind.Integer),
        ("original_duration", "original_duration", Kind.Real),
        ("original_file_size", "original_file_size", Kind.Long),
        ("lowdef_width", "low_definition_width", Kind.Integer),
        ("lowdef_height", "low_definition_height", Kind.Integer),
        ("fps", "fps", Kind.Text),
        ("error", "broken_reason", Kind.Text),
    ];

    private static readonly string[] Unconditional = [.. Keys.Select(k => k.Key).Where(k => k is not ("fps" or "error"))];

    private static string Columns => string.Join(", ", Keys.Select(k => k.Column));

    public static readonly string SqliteUp = $$"""
        INSERT INTO preview_file_pipeline (preview_file_id, {{Columns}})
        SELECT id, {{string.Join(", ", Keys.Select(SqliteValue))}}
        FROM preview_file
        WHERE data IS NOT NULL
          AND CASE WHEN NOT json_valid(data) THEN FALSE WHEN json_type(data) <> 'object' THEN FALSE
              ELSE ({{string.Join(" OR ", Unconditional.Select(k => $"json_type(data, '$.{k}') IS NOT NULL"))}}
                    OR (status = 'broken' AND json_type(data, '$.error') IS NOT NULL)) END;

        UPDATE preview_file SET data = json_remove(data, '$.fps')
        WHERE id IN (SELECT preview_file_id FROM preview_file_pipeline) AND json_type(data, '$.lowdef_width') IS NOT NULL;

        UPDATE preview_file SET data = json_remove(data, '$.error')
        WHERE id IN (SELECT preview_file_id FROM preview_file_pipeline) AND status = 'broken';

        UPDATE preview_file SET data = json_remove(data, {{string.Join(", ", Unconditional.Select(k => $"'$.{k}'"))}})
        WHERE id IN (SELECT preview_file_id FROM preview_file_pipeline);

        UPDATE preview_file SET data = NULL
        WHERE id IN (SELECT preview_file_id FROM preview_file_pipeline) AND data = '{}';
        """;

    public static readonly string PostgresUp = $$"""
        INSERT INTO preview_file_pipeline (preview_file_id, {{Columns}})
        SELECT id, {{string.Join(", ", Keys.Select(PostgresValue))}}
        FROM preview_file
        WHERE jsonb_typeof(data) = 'object'
          AND (data ?| {{UnconditionalArray}} OR (status = 'broken' AND data ? 'error'));

        UPDATE preview_file SET data = data - 'fps'
        WHERE id IN (SELECT preview_file_id FROM preview_file_pipeline) AND data ? 'lowdef_width';

        UPDATE preview_file SET data = data - 'error'
        WHERE id IN (SELECT preview_file_id FROM preview_file_pipeline) AND status = 'broken';

        UPDATE preview_file SET data = data - {{UnconditionalArray}}
        WHERE id IN (SELECT preview_file_id FROM preview_file_pipeline);

        UPDATE preview_file SET data = NULL
        WHERE id IN (SELECT preview_file_id FROM preview_file_pipeline) AND data = '{}'::jsonb;
        """;

    /// <summary>Puts each recorded value back under its key (a false <c>lowdef_ready</c> was never written); run before the table is dropped.</summary>
    public static readonly string SqliteDown = string.Join("\n", Keys.Select(k => $$"""
        UPDATE preview_file SET data = json_set(COALESCE(data, '{}'), '$.{{k.Key}}', {{(k.Kind == Kind.Flag ? "json('true')" : Recorded(k.Column))}})
        WHERE id IN (SELECT preview_file_id FROM preview_file_pipeline WHERE {{Recorded(k)}})
          AND (data IS NULL OR json_type(data) = 'object');
        """));

    /// <inheritdoc cref="SqliteDown"/>
    public static readonly string PostgresDown = string.Join("\n", Keys.Select(k => $$"""
        UPDATE preview_file SET data = COALESCE(data, '{}'::jsonb) || jsonb_build_object('{{k.Key}}', {{(k.Kind == Kind.Flag ? "TRUE" : Recorded(k.Column))}})
        WHERE id IN (SELECT preview_file_id FROM preview_file_pipeline WHERE {{Recorded(k)}})
          AND (data IS NULL OR jsonb_typeof(data) = 'object');
        """));

    private static string UnconditionalArray => $"ARRAY[{string.Join(", ", Unconditional.Select(k => $"'{k}'"))}]";

    /// <summary>The preview's recorded value of <paramref name="column"/>.</summary>
    private static string Recorded(string column) => $"(SELECT r.{column} FROM preview_file_pipeline AS r WHERE r.preview_file_id = preview_file.id)";

    /// <summary>The condition of a pipeline row that recorded the key's value.</summary>
    private static string Recorded((string Key, string Column, Kind Kind) k) => k.Kind == Kind.Flag ? $"{k.Column} = TRUE" : $"{k.Column} IS NOT NULL";

    private static string SqliteValue((string Key, string Column, Kind Kind) k)
    {
        var path = $"'$.{k.Key}'";
        var value = k.Kind switch
        {
            Kind.Text => $"json_extract(data, {path})",
            Kind.Flag => $"CASE WHEN json_type(data, {path}) = 'true' THEN TRUE ELSE FALSE END",
            Kind.Integer or Kind.Long => $"CASE WHEN json_type(data, {path}) IN ('integer', 'real') THEN CAST(json_extract(data, {path}) AS INTEGER) END",
            Kind.Real => $"CASE WHEN json_type(data, {path}) IN ('integer', 'real') THEN CAST(json_extract(data, {path}) AS REAL) END",
            _ => throw new InvalidOperationException(k.Kind.ToString()),
        };
        return Conditioned(k.Key, value, lowDefinitionWritten: "json_type(data, '$.lowdef_width') IS NOT NULL");
    }

    private static string PostgresValue((string Key, string Column, Kind Kind) k)
    {
        var node = $"data -> '{k.Key}'";
        var text = $"data ->> '{k.Key}'";
        // Nested CASEs: PostgreSQL evaluates a CASE's branches in order, so a cast is only tried on a number in range.
        var value = k.Kind switch
        {
            Kind.Text => text,
            Kind.Flag => $"COALESCE({node} = 'true'::jsonb, FALSE)",
            Kind.Integer => $"CASE WHEN jsonb_typeof({node}) = 'number' THEN CASE WHEN abs(({text})::numeric) < 2147483647 THEN round(({text})::numeric)::integer END END",
            Kind.Long => $"CASE WHEN jsonb_typeof({node}) = 'number' THEN CASE WHEN abs(({text})::numeric) < 9223372036854775807 THEN round(({text})::numeric)::bigint END END",
            Kind.Real => $"CASE WHEN jsonb_typeof({node}) = 'number' THEN ({text})::double precision END",
            _ => throw new InvalidOperationException(k.Kind.ToString()),
        };
        return Conditioned(k.Key, value, lowDefinitionWritten: "data ? 'lowdef_width'");
    }

    /// <summary><c>fps</c> is the pipeline's only beside <c>lowdef_width</c>, <c>error</c> only on a broken preview.</summary>
    private static string Conditioned(string key, string value, string lowDefinitionWritten) => key switch
    {
        "fps" => $"CASE WHEN {lowDefinitionWritten} THEN {value} END",
        "error" => $"CASE WHEN status = 'broken' THEN {value} END",
        _ => value,
    };
}
