using System.Reflection;
using Studio.Domain.Crud;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Tests.Unit.Domain.Crud;

/// <summary>Code that knows an entity type reaches its collection through the type, checked by the compiler, not by its URL name.</summary>
public sealed class CrudRegistryTests
{
    public static TheoryData<string> Names => [.. CrudRegistry.All.Select(c => c.Name)];

    [Fact]
    public void All_HasOneCollectionPerEntityType()
    {
        var repeated = CrudRegistry.All.GroupBy(c => c.EntityType).Where(g => g.Count() > 1).Select(g => g.Key.Name).ToList();

        Assert.Empty(repeated);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void For_TheCollectionsEntityType_IsThatCollection(string name)
    {
        var collection = CrudRegistry.Find(name)!;
        var forType = typeof(CrudRegistry).GetMethod(nameof(CrudRegistry.For), BindingFlags.Public | BindingFlags.Static)!.MakeGenericMethod(collection.EntityType);

        var found = forType.Invoke(null, null);

        Assert.Same(collection, found);
    }

    [Fact]
    public void For_ProjectAndTask_AreTheProjectsAndTasksCollections()
    {
        var projects = CrudRegistry.For<Project>();
        var tasks = CrudRegistry.For<ProductionTask>();

        Assert.Equal(("projects", "tasks"), (projects.Name, tasks.Name));
        Assert.Same(CrudRegistry.Find("projects"), projects);
    }
}
