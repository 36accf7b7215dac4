using Studio.Domain.Events;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/events</c>: the admin's audit of every change; an unpaginated list stops at 1,000 rows.</summary>
public sealed class EventsCollection() : RuleCollection<ApiEvent>("events")
{
    public override int? MaxListSize => 1000;
}
