using System.Text.Json.Nodes;
using Studio.Domain.Access;
using Studio.Domain.Persons;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/organisations</c>: anyone reads, but only admins see the chat integration tokens.</summary>
public sealed class OrganisationsCollection() : ReferenceCollection<Organisation>("organisations")
{
    /// <summary>A hidden column is no filter either: a non-admin could otherwise guess a token by filtering on it.</summary>
    public override IReadOnlySet<string> RefusedFilters(Actor actor) =>
        actor.IsAdmin ? base.RefusedFilters(actor) : new HashSet<string>(base.RefusedFilters(actor).Concat(OrganisationSecrets.ChatTokenFields), StringComparer.Ordinal);

    public override Task ShapeAsync(CrudContext context, IReadOnlyList<(Organisation Row, JsonObject Json)> rows, CrudView view, CancellationToken cancellationToken)
    {
        if (!context.Actor.IsAdmin)
        {
            foreach (var (_, json) in rows)
            {
                foreach (var key in OrganisationSecrets.ChatTokenFields)
                {
                    json.Remove(key);
                }
            }
        }

        return Task.CompletedTask;
    }
}
