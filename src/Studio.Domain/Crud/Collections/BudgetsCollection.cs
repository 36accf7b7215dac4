using Studio.Domain.Planning;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/budgets</c>: admin only; the revision is set by the project routes and never by a PUT.</summary>
public sealed class BudgetsCollection() : RuleCollection<Budget>("budgets")
{
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal) { "id", "created_at", "updated_at", "project_id", "revision" };

    public override IReadOnlySet<string> ProtectedOnUpdate => Protected;
}
