using System.Collections.Frozen;
using Studio.Domain.Breakdown;
using Studio.Domain.Chats;
using Studio.Domain.Common;
using Studio.Domain.Crud.Collections;
using Studio.Domain.Events;
using Studio.Domain.Persons;
using Studio.Domain.Planning;
using Studio.Domain.Plugins;
using Studio.Domain.Projects;
using Studio.Domain.SearchFilters;
using Studio.Domain.Settings;

namespace Studio.Domain.Crud;

/// <summary>Every collection of <c>/data/&lt;collection&gt;</c>, with Zou's permissions for it.</summary>
public static class CrudRegistry
{
    public static IReadOnlyList<CrudCollection> All { get; } = Build();

    // Built after All (static initializers run in order); one collection per entity type, which the registry's test checks.
    private static readonly FrozenDictionary<Type, CrudCollection> ByEntityType = All.ToFrozenDictionary(c => c.EntityType);

    /// <summary>The collection named by a URL segment, or null: for the API, whose routes carry the name.</summary>
    public static CrudCollection? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>The collection of an entity type: code that knows the type reaches its collection without spelling its URL.</summary>
    public static CrudCollection<TEntity> For<TEntity>()
        where TEntity : class, IZouEntity, new() =>
        (CrudCollection<TEntity>)ByEntityType[typeof(TEntity)];

    private static List<CrudCollection> Build()
    {
        List<CrudCollection> all =
        [
            new PersonsCollection(),
            new ProjectsCollection { List = Who.Anyone, Read = Who.ProjectMember, Update = Who.ProjectManager, Projects = ProjectRowsOf.ByColumn<Project>(p => p.Id) },
            new ReferenceCollection<ProjectStatus>("project-status"),
            new RuleCollection<ProjectTemplate>("project-templates") { List = Who.Manager, Read = Who.Manager },
            new EntityTypesCollection(),
            new EntitiesCollection(),
            new TaskTypesCollection(),
            new TaskStatusCollection(),
            new TasksCollection(),
            new ReferenceCollection<Department>("departments"),
            new OrganisationsCollection(),
            new ReferenceCollection<FileStatus>("file-status"),
            new ReferenceCollection<Software>("softwares"),
            new RuleCollection<HardwareItem>("hardware-items"),
            new OutputFilesCollection(),
            new ReferenceCollection<OutputType>("output-types"),
            new PreviewFilesCollection(),
            new WorkingFilesCollection(),
            new AttachmentFilesCollection(),
            new CommentsCollection(),
            new TimeSpentsCollection(),
            new DayOffsCollection(),
            new CustomActionsCollection(),
            new StatusAutomationsCollection(),
            new AssetInstancesCollection(),
            new PlaylistsCollection(),
            new EventsCollection(),
            new RuleCollection<Notification>("notifications"),
            new RuleCollection<SearchFilter>("search-filters"),
            new RuleCollection<SearchFilterGroup>("search-filter-groups"),
            new ScheduleItemsCollection(),
            new RuleCollection<News>("news"),
            new RuleCollection<Milestone>("milestones") { Read = Who.ProjectMemberNoVendor, Create = Who.ProjectManager, Update = Who.ProjectManager, Delete = Who.ProjectManager, Projects = ProjectRowsOf.ByColumn<Milestone>(m => m.ProjectId) },
            new MetadataDescriptorsCollection(),
            new RuleCollection<Subscription>("subscriptions"),
            new RuleCollection<EntityLink>("entity-links"),
            new RuleCollection<Chat>("chats"),
            new RuleCollection<ChatMessage>("chat-messages"),
            new PreviewBackgroundFilesCollection(),
            new ReferenceCollection<ProductionStudio>("studios"),
            new SalaryScalesCollection(),
            new BudgetsCollection(),
            new BudgetEntriesCollection(),
            new RuleCollection<Plugin>("plugins"),
            new ProductionScheduleVersionsCollection(),
            new ProductionScheduleVersionTaskLinksCollection(),
        ];
        foreach (var collection in all)
        {
            collection.TableName = TableNames.Of(collection.EntityType);
        }

        return all;
    }
}
