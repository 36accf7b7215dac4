using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persons;
using Studio.Domain.Planning;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/salary-scales</c>: one row per department × position × seniority, created when the admin first
/// lists them; rows are never created through the API, only their salary edited.
/// </summary>
public sealed class SalaryScalesCollection() : RuleCollection<SalaryScale>("salary-scales")
{
    private static readonly string[] Positions = ["supervisor", "lead", "artist"];
    private static readonly string[] Seniorities = ["senior", "mid", "junior"];
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal) { "id", "created_at", "updated_at", "department_id" };

    public override IReadOnlySet<string> ProtectedOnUpdate => Protected;

    public override async Task<IQueryable<SalaryScale>> ScopeAsync(CrudContext context, IQueryable<SalaryScale> query, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(context.Actor);
        var db = context.Db;
        var existing = await db.Set<SalaryScale>().Select(s => new { s.DepartmentId, s.Position, s.Seniority }).ToListAsync(cancellationToken);
        var departments = await db.Set<Department>().Select(d => d.Id).ToListAsync(cancellationToken);
        var missing = from department in departments
                      from position in Positions
                      from seniority in Seniorities
                      where !existing.Any(e => e.DepartmentId == department && e.Position == position && e.Seniority == seniority)
                      select new SalaryScale { Id = Guid.NewGuid(), DepartmentId = department, Position = position, Seniority = seniority };
        db.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        return query;
    }

    public override Task CheckCreateAsync(CrudContext context, SalaryScale row, CrudChanges<SalaryScale> changes, CancellationToken cancellationToken) =>
        throw new WrongParameterException("Salary scales cannot be created");
}
