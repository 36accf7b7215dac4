using System.Text.Json.Nodes;
using Studio.Domain.Persons;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/organisations</c>: anyone reads, but only admins see the chat integration tokens.</summary>
public sealed class OrganisationsCollection() : ReferenceCollection<Organisation>("organisations")
{
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
