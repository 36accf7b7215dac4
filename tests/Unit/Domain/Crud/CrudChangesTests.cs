using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Tasks;

namespace Studio.Tests.Unit.Domain.Crud;

/// <summary>A write's typed changes: keys named by the entity's properties and link tables, kept in the order sent.</summary>
public sealed class CrudChangesTests
{
    [Fact]
    public void Set_NamesAColumnByItsProperty_AndReplacesAKeyInItsPlace()
    {
        var person = Guid.NewGuid();

        var changes = new CrudChanges<ProductionTask>().Set(t => t.Estimation, 840.0).Link<TaskPersonLink>([person]).Set(t => t.Estimation, 420.0);

        Assert.Equal(["estimation", "assignees"], changes.Keys);
        Assert.Equal(420.0, changes.ValueOf("estimation"));
        Assert.Equal([person], changes.IdsOf("assignees"));
        Assert.Null(changes.IdsOf("team"));
    }

    [Fact]
    public void ARefusedValue_IsRaisedWhenRead_AndIsNoValueOfAnyType()
    {
        var refusal = new IntegrityException("One of the provided values has an invalid format.");

        var changes = new CrudChanges<ProductionTask>().Set(new CrudChange("priority", null, Error: refusal));

        Assert.True(changes.Contains("priority"));
        Assert.False(changes.TryGetValue<int>("priority", out _));
        Assert.Same(refusal, Assert.Throws<IntegrityException>(() => changes.ValueOf("priority")));
    }
}
