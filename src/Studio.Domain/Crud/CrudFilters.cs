using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Persistence;

namespace Studio.Domain.Crud;

/// <summary>
/// Zou's query-string filters on list routes: <c>name</c> is a case-insensitive LIKE, a value starting
/// with <c>[</c> is a JSON list (IN), a relation name matches rows linked to that id, anything else is equality
/// on the column's type. Values are parameters, never SQL text.
/// </summary>
public static class CrudFilters
{
    public static IQueryable<T> Apply<T>(IQueryable<T> query, StudioDbContext db, string key, string raw)
        where T : class
    {
        var model = ZouModel.For<T>();
        var parameter = Expression.Parameter(typeof(T), "e");
        Expression predicate;
        if (model.ColumnsByName.TryGetValue(key, out var column) && !column.IsComputed)
        {
            var property = Expression.Property(parameter, column.Property);
            predicate = raw.StartsWith('[')
                ? InList(property, column, ParseList(key, raw))
                : key == "name" && column.Type == typeof(string)
                    ? Like(property, raw, db.Database.IsNpgsql())
                    : Equal(property, column, raw);
        }
        else if (model.FindRelation(key) is { } relation)
        {
            var target = ParseId(raw);
            predicate = (Expression)typeof(CrudFilters).GetMethod(nameof(LinkedTo), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(relation.LinkType)
                .Invoke(null, [db, relation, parameter, target])!;
        }
        else
        {
            // ZOU: unknown keys are ignored.
            return query;
        }

        return query.Where(Expression.Lambda<Func<T, bool>>(predicate, parameter));
    }

    private static Expression Equal(MemberExpression property, ZouColumn column, string raw)
    {
        var value = CrudValues.FromText(column.Type, raw) ?? throw InvalidValue(column, raw);
        return Expression.Equal(property, Parameter(value, column.Type));
    }

    private static Expression InList(MemberExpression property, ZouColumn column, List<string> items)
    {
        var listType = typeof(List<>).MakeGenericType(column.Type);
        var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
        foreach (var item in items)
        {
            list.Add(CrudValues.FromText(column.Type, item) ?? throw InvalidValue(column, item));
        }

        var contains = typeof(Enumerable).GetMethods()
            .First(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(column.Type);
        return Expression.Call(contains, Parameter(list, listType), property);
    }

    private static Expression Like(MemberExpression property, string pattern, bool npgsql)
    {
        // SQLite's LIKE ignores ASCII case; PostgreSQL needs ILIKE (what Zou uses).
        var method = npgsql
            ? typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string)])!
            : typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;
        return Expression.Call(method, Expression.Constant(EF.Functions), property, Parameter(pattern, typeof(string)));
    }

    private static Expression LinkedTo<TLink>(StudioDbContext db, RelationAttribute relation, ParameterExpression entity, Guid target)
        where TLink : class
    {
        var link = Expression.Parameter(typeof(TLink), "l");
        var owner = Expression.Convert(Expression.Property(link, relation.OwnerKey), typeof(Guid?));
        var targetKey = Expression.Convert(Expression.Property(link, relation.TargetKey), typeof(Guid?));
        var id = Expression.Convert(Expression.Property(entity, "Id"), typeof(Guid?));
        var match = Expression.AndAlso(Expression.Equal(owner, id), Expression.Equal(targetKey, Parameter((Guid?)target, typeof(Guid?))));
        var any = typeof(Queryable).GetMethods()
            .First(m => m.Name == nameof(Queryable.Any) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(TLink));
        return Expression.Call(any, ((IQueryable)db.Set<TLink>()).Expression, Expression.Quote(Expression.Lambda(match, link)));
    }

    /// <summary>A value EF sends as a query parameter (a captured member, not a constant).</summary>
    private static MemberExpression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private static List<string> ParseList(string key, string raw)
    {
        try
        {
            return JsonSerializer.Deserialize<List<JsonElement>>(raw)!
                .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList();
        }
        catch (JsonException)
        {
            throw new WrongParameterException($"Malformed list filter for field {key}.");
        }
    }

    private static Guid ParseId(string raw) =>
        Guid.TryParse(raw, out var id) ? id : throw new WrongParameterException($"Invalid UUID value: {raw}");

    private static WrongParameterException InvalidValue(ZouColumn column, string raw) =>
        column.Type == typeof(Guid) || column.Type == typeof(Guid?)
            ? new WrongParameterException($"Invalid UUID value: {raw}")
            : new WrongParameterException($"Invalid value for field {column.JsonName}: {raw}");

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
