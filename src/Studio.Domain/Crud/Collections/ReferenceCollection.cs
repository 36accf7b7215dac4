using Studio.Domain.Common;

namespace Studio.Domain.Crud.Collections;

/// <summary>Studio-wide reference data (statuses, types, departments…): anyone reads, the admin writes.</summary>
public class ReferenceCollection<T> : RuleCollection<T>
    where T : class, IZouEntity, new()
{
    public ReferenceCollection(string name)
        : base(name)
    {
        List = Who.Anyone;
        Read = Who.Anyone;
    }
}
