using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Tasks;

namespace Studio.Domain.Crud.Collections;

/// <summary>The usual ways a row reaches its project: a <c>project_id</c> column, its task, its entity.</summary>
public static class ProjectRowsOf
{
    public static ProjectRows<T> ByColumn<T>(Expression<Func<T, Guid?>> projectId, bool openOnly = true)
        where T : class
    {
        var compiled = projectId.Compile();
        return new ProjectRows<T>
        {
            InProjects = (_, q, ids) => q.Where(Contains(ids, projectId)),
            ProjectOf = (_, row, _) => System.Threading.Tasks.Task.FromResult(compiled(row)),
            OpenProjectsOnly = openOnly,
            Key = KeyOf(projectId),
        };
    }

    public static ProjectRows<T> ByTask<T>(Expression<Func<T, Guid?>> taskId, Func<T, Guid?> taskIdOf, bool openOnly = true)
        where T : class
    {
        return new ProjectRows<T>
        {
            InProjects = (db, q, ids) => q.Where(Compose(taskId, id => db.Set<ProductionTask>().Any(t => t.Id == id && ids.Contains(t.ProjectId)))),
            ProjectOf = async (db, row, ct) =>
            {
                var id = taskIdOf(row);
                return await db.Set<ProductionTask>().Where(t => t.Id == id).Select(t => t.ProjectId).FirstOrDefaultAsync(ct);
            },
            OpenProjectsOnly = openOnly,
            Key = KeyOf(taskId),
        };
    }

    public static ProjectRows<T> ByEntity<T>(Expression<Func<T, Guid?>> entityId, Func<T, Guid?> entityIdOf, bool openOnly = true)
        where T : class
    {
        return new ProjectRows<T>
        {
            InProjects = (db, q, ids) => q.Where(Compose(entityId, id => db.Set<Entity>().Any(e => e.Id == id && ids.Contains((Guid?)e.ProjectId)))),
            ProjectOf = async (db, row, ct) =>
            {
                var id = entityIdOf(row);
                return await db.Set<Entity>().Where(e => e.Id == id).Select(e => (Guid?)e.ProjectId).FirstOrDefaultAsync(ct);
            },
            OpenProjectsOnly = openOnly,
            Key = KeyOf(entityId),
        };
    }

    /// <summary>Comments reach their project through the task they are on (<c>object_id</c>).</summary>
    public static ProjectRows<Comment> CommentTask() => new()
    {
        InProjects = (db, q, ids) => q.Where(c => db.Set<ProductionTask>().Any(t => t.Id == (Guid?)c.ObjectId && ids.Contains(t.ProjectId))),
        ProjectOf = async (db, row, ct) => await db.Set<ProductionTask>().Where(t => t.Id == (Guid?)row.ObjectId).Select(t => t.ProjectId).FirstOrDefaultAsync(ct),
        Key = "object_id",
    };

    /// <summary>Attachment files reach their project through their comment's task.</summary>
    public static ProjectRows<AttachmentFile> AttachmentComment() => new()
    {
        InProjects = (db, q, ids) => q.Where(a => db.Set<Comment>().Any(c => c.Id == a.CommentId
            && db.Set<ProductionTask>().Any(t => t.Id == (Guid?)c.ObjectId && ids.Contains(t.ProjectId)))),
        ProjectOf = async (db, row, ct) => await db.Set<Comment>().Where(c => c.Id == row.CommentId)
            .Join(db.Set<ProductionTask>(), c => c.ObjectId, t => t.Id, (c, t) => t.ProjectId).FirstOrDefaultAsync(ct),
        Key = "comment_id",
    };

    /// <summary>The JSON name of the column an expression like <c>p =&gt; p.TaskId</c> reads.</summary>
    private static string KeyOf<T>(Expression<Func<T, Guid?>> key)
    {
        var body = key.Body is UnaryExpression convert ? convert.Operand : key.Body;
        return ZouModel.JsonName((PropertyInfo)((MemberExpression)body).Member);
    }

    private static Expression<Func<T, bool>> Contains<T>(List<Guid?> ids, Expression<Func<T, Guid?>> key) =>
        Compose(key, id => ids.Contains(id));

    /// <summary>Substitutes <paramref name="key"/>'s body for the parameter of <paramref name="predicate"/>.</summary>
    private static Expression<Func<T, bool>> Compose<T>(
        Expression<Func<T, Guid?>> key, Expression<Func<Guid?, bool>> predicate)
    {
        var body = new Replace(predicate.Parameters[0], key.Body).Visit(predicate.Body);
        return Expression.Lambda<Func<T, bool>>(body, key.Parameters);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
