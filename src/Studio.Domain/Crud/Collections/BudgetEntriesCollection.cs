using Studio.Domain.Planning;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/budget-entries</c>: admin only; an entry stays in its budget.</summary>
public sealed class BudgetEntriesCollection() : RuleCollection<BudgetEntry>("budget-entries")
{
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal) { "id", "created_at", "updated_at", "project_id", "budget_id" };

    public override IReadOnlySet<string> ProtectedOnUpdate => Protected;
}
