using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Settings;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/task-types</c>: a name is used once per entity kind and department.</summary>
public sealed class TaskTypesCollection() : ReferenceCollection<TaskType>("task-types")
{
    public override Task BeforeCreateAsync(CrudContext context, TaskType row, JsonObject data, CancellationToken cancellationToken) => EnsureUniqueAsync(context, row, cancellationToken);

    public override Task BeforeUpdateAsync(CrudContext context, TaskType row, JsonObject data, CancellationToken cancellationToken) => EnsureUniqueAsync(context, row, cancellationToken);

    private static async Task EnsureUniqueAsync(CrudContext context, TaskType row, CancellationToken cancellationToken)
    {
        var taken = await context.Db.Set<TaskType>().AnyAsync(t => t.Id != row.Id && t.Name == row.Name && t.ForEntity == row.ForEntity && t.DepartmentId == row.DepartmentId, cancellationToken);
        if (taken)
        {
            throw new WrongParameterException("A task type with similar name already exists");
        }
    }
}
