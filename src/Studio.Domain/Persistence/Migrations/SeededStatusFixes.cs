namespace Studio.Domain.Persistence.Migrations;

/// <summary>
/// Brings the task statuses of an installation seeded before the client and default rules to the current seed, in
/// SQL both providers run (TRUE and FALSE are booleans in PostgreSQL and 1 and 0 in SQLite).
/// <list type="bullet">
/// <item>Clients may move a task only into Retake, Approved or Rejected: the other seeded statuses (matched by short
/// name and still client-allowed) lose the flag. A status the studio created itself keeps its flags.</item>
/// <item>One default status: a concept status (Neutral was seeded as one) is no longer a default; of several defaults
/// the oldest stays; with none left, Todo becomes it.</item>
/// </list>
/// </summary>
internal static class SeededStatusFixes
{
    public const string Up = """
        UPDATE task_status SET is_client_allowed = FALSE
        WHERE is_client_allowed = TRUE
          AND ((for_concept = FALSE AND short_name IN ('todo', 'wip', 'wfa', 'done', 'ready'))
               OR (for_concept = TRUE AND short_name = 'neutral'));

        UPDATE task_status SET is_default = FALSE WHERE is_default = TRUE AND for_concept = TRUE;

        UPDATE task_status SET is_default = FALSE
        WHERE is_default = TRUE
          AND id <> (SELECT oldest.id FROM task_status AS oldest WHERE oldest.is_default = TRUE ORDER BY oldest.created_at, oldest.id LIMIT 1);

        UPDATE task_status SET is_default = TRUE
        WHERE for_concept = FALSE AND short_name = 'todo'
          AND NOT EXISTS (SELECT 1 FROM task_status AS other WHERE other.is_default = TRUE);
        """;
}
