using System.Reflection;
using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Tests.Unit.Architecture;

/// <summary>
/// The domain speaks C#: no public member of <c>Studio.Domain</c> takes or returns a JSON tree (<see cref="JsonNode"/>
/// and its kinds) or a JSON document as bytes. Zou's JSON is read and written by the API (<c>Studio.Web/Api/Zou</c>);
/// the UI renders the same typed records. A stored row may keep a free-form JSON column (an entity's <c>data</c>):
/// that is the studio's own metadata, not a wire format.
/// </summary>
public sealed class DomainBoundaryTests
{
    [Fact]
    public void DomainMembers_NeitherTakeNorReturnJson()
    {
        var offenders = Offenders(typeof(IZouEntity).Assembly.GetExportedTypes()).ToList();

        Assert.True(offenders.Count == 0, "Public domain members speaking JSON:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Check_FindsJsonInAnyPositionOfAMember()
    {
        var offenders = Offenders([typeof(SpeakingJson)]).Select(o => o.Split(' ')[1]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([".ctor", "Payload", "ReturnsATaskOfTuples", "ReturnsATree", "TakesADocument"], offenders);
    }

    private static IEnumerable<string> Offenders(IEnumerable<Type> types)
    {
        foreach (var type in types.Where(t => t.Namespace?.Contains(".Migrations", StringComparison.Ordinal) != true))
        {
            var storedRow = typeof(IZouEntity).IsAssignableFrom(type);
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(flags).Where(m => !m.IsSpecialName))
            {
                if (SpeaksJson(method.ReturnType) || method.GetParameters().Any(p => SpeaksJson(p.ParameterType)))
                {
                    yield return $"{type.FullName} {method.Name}";
                }
            }

            foreach (var constructor in type.GetConstructors().Where(c => c.GetParameters().Any(p => SpeaksJson(p.ParameterType))))
            {
                yield return $"{type.FullName} .ctor";
            }

            foreach (var property in type.GetProperties(flags).Where(p => !storedRow && SpeaksJson(p.PropertyType)))
            {
                yield return $"{type.FullName} {property.Name}";
            }

            foreach (var field in type.GetFields(flags).Where(f => SpeaksJson(f.FieldType)))
            {
                yield return $"{type.FullName} {field.Name}";
            }
        }
    }

    /// <summary>A JSON tree, a byte document, or anything built of them (tasks, lists, tuples, delegates' arguments).</summary>
    private static bool SpeaksJson(Type type)
    {
        if (type.IsByRef || type.IsPointer)
        {
            return SpeaksJson(type.GetElementType()!);
        }

        if (typeof(JsonNode).IsAssignableFrom(type) || type == typeof(byte[]))
        {
            return true;
        }

        if (type.IsArray)
        {
            return SpeaksJson(type.GetElementType()!);
        }

        return type.IsGenericType && type.GetGenericArguments().Any(SpeaksJson);
    }

#pragma warning disable CA1822, CA1812 // A sample of what the check must find: never instantiated, members never called.
    private sealed class SpeakingJson(JsonObject body)
    {
        public JsonObject? Payload { get; } = body;

        public JsonNode ReturnsATree() => new JsonObject();

        public void TakesADocument(byte[] document) => _ = document;

        public Task<(int Count, List<JsonArray> Rows)> ReturnsATaskOfTuples() => Task.FromResult((0, new List<JsonArray>()));

        public int SpeaksCSharp(Guid id) => id.GetHashCode();
    }
#pragma warning restore CA1822, CA1812
}
