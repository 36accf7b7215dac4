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
    /// <summary>Types still converted to the typed boundary, one per line; a type leaves the list when it is done.</summary>
    private static readonly HashSet<string> Pending = new(StringComparer.Ordinal)
    {
        "Studio.Domain.Breakdown.EpisodeTaskQueries", // the tasks area's detailed tasks: typed when EntityTasksService.DetailedAsync is
        "Studio.Domain.Common.BodySchema",
        "Studio.Domain.Common.ZouJsonWriter",
        "Studio.Domain.Common.ZouSerializer",
        "Studio.Domain.Persons.PersonsService", // MinimalDict: moved to the edge once its callers write PersonJson.Minimal
    };

    [Fact]
    public void DomainMembers_NeitherTakeNorReturnJson()
    {
        var offenders = Offenders().ToList();

        Assert.True(offenders.Count == 0, "Public domain members speaking JSON:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void PendingList_NamesOnlyTypesThatStillSpeakJson()
    {
        var speaking = Offenders(ignorePending: true).Select(o => o.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(Pending, t => Assert.Contains(t, speaking));
    }

    private static IEnumerable<string> Offenders(bool ignorePending = false)
    {
        var assembly = typeof(IZouEntity).Assembly;
        foreach (var type in assembly.GetExportedTypes().Where(t => t.Namespace?.Contains(".Migrations", StringComparison.Ordinal) != true))
        {
            if (!ignorePending && Pending.Contains(type.FullName!))
            {
                continue;
            }

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
}
