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
        "Studio.Domain.Breakdown.AssetCastingService",
        "Studio.Domain.Breakdown.AssetInstancesService",
        "Studio.Domain.Breakdown.BreakdownQueries",
        "Studio.Domain.Breakdown.BreakdownService",
        "Studio.Domain.Breakdown.CastingService",
        "Studio.Domain.Breakdown.EntitiesWithTasks",
        "Studio.Domain.Breakdown.EntityJson",
        "Studio.Domain.Breakdown.EntityVersions",
        "Studio.Domain.Breakdown.EntityViewer",
        "Studio.Domain.Breakdown.SceneShotsService",
        "Studio.Domain.Breakdown.ShotUpdateService",
        "Studio.Domain.Chats.EntityChatService",
        "Studio.Domain.Comments.ClientCommentView",
        "Studio.Domain.Comments.CommentAttachmentsService",
        "Studio.Domain.Comments.CommentDiscussionService",
        "Studio.Domain.Comments.CommentJson",
        "Studio.Domain.Comments.CommentMoveService",
        "Studio.Domain.Comments.CommentReadService",
        "Studio.Domain.Comments.CommentRequest",
        "Studio.Domain.Comments.CommentService",
        "Studio.Domain.Common.BodySchema",
        "Studio.Domain.Common.JsonData",
        "Studio.Domain.Common.ZouJsonWriter",
        "Studio.Domain.Common.ZouSerializer",
        "Studio.Domain.Crud.Collections.AssetInstancesCollection",
        "Studio.Domain.Crud.Collections.CommentsCollection",
        "Studio.Domain.Crud.Collections.DayOffsCollection",
        "Studio.Domain.Crud.Collections.EntitiesCollection",
        "Studio.Domain.Crud.Collections.EntityTypesCollection",
        "Studio.Domain.Crud.Collections.MetadataDescriptorsCollection",
        "Studio.Domain.Crud.Collections.OrganisationsCollection",
        "Studio.Domain.Crud.Collections.OutputFilesCollection",
        "Studio.Domain.Crud.Collections.PersonsCollection",
        "Studio.Domain.Crud.Collections.PlaylistsCollection",
        "Studio.Domain.Crud.Collections.PreviewBackgroundFilesCollection",
        "Studio.Domain.Crud.Collections.PreviewFilesCollection",
        "Studio.Domain.Crud.Collections.ProjectsCollection",
        "Studio.Domain.Crud.Collections.RuleCollection`1",
        "Studio.Domain.Crud.Collections.SalaryScalesCollection",
        "Studio.Domain.Crud.Collections.ScheduleItemsCollection",
        "Studio.Domain.Crud.Collections.TaskStatusCollection",
        "Studio.Domain.Crud.Collections.TaskTypesCollection",
        "Studio.Domain.Crud.Collections.TasksCollection",
        "Studio.Domain.Crud.Collections.TimeSpentsCollection",
        "Studio.Domain.Crud.Collections.WorkingFilesCollection",
        "Studio.Domain.Crud.CrudCollection",
        "Studio.Domain.Crud.CrudCollection`1",
        "Studio.Domain.Crud.CrudContext",
        "Studio.Domain.Crud.CrudPage",
        "Studio.Domain.Crud.CrudService",
        "Studio.Domain.Crud.CrudValues",
        "Studio.Domain.Crud.CrudWriter",
        "Studio.Domain.Persons.PersonsService",
        "Studio.Domain.Playlists.PlaylistService",
        "Studio.Domain.Previews.Annotations",
        "Studio.Domain.Previews.PreviewService",
        "Studio.Domain.Previews.PreviewStates",
        "Studio.Domain.Previews.PreviewUploadService",
        "Studio.Domain.Tasks.EntityTasksService",
        "Studio.Domain.Tasks.MyTasksService",
        "Studio.Domain.Tasks.TaskCreationService",
        "Studio.Domain.Tasks.TaskReviewService",
        "Studio.Domain.Tasks.TaskService",
        "Studio.Domain.Tasks.TaskSubscriptionService",
        "Studio.Domain.Tasks.UserContextService",
        "Studio.Domain.Tasks.UserWorkService",
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
