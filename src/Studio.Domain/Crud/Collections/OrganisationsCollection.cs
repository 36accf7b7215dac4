using Studio.Domain.Access;
using Studio.Domain.Persons;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/organisations</c>: anyone reads, but only admins see the chat integration tokens.</summary>
public sealed class OrganisationsCollection() : ReferenceCollection<Organisation>("organisations")
{
    /// <summary>A hidden column is no filter either: a non-admin could otherwise guess a token by filtering on it.</summary>
    public override IReadOnlySet<string> RefusedFilters(Actor actor) =>
        actor.IsAdmin ? base.RefusedFilters(actor) : new HashSet<string>(base.RefusedFilters(actor).Concat(OrganisationSecrets.ChatTokenFields), StringComparer.Ordinal);

    /// <summary>Only admins see the chat integration tokens: others get the organisation without them.</summary>
    public override Task<IReadOnlyList<CrudRow<Organisation>>> DescribeAsync(CrudContext context, IReadOnlyList<CrudRow<Organisation>> rows, CrudView view, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CrudRow<Organisation>>>([.. rows.Select(r => r with { Trimmed = !context.Actor.IsAdmin })]);
}
