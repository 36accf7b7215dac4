using Studio.Domain.Access;
using Studio.Domain.Tasks;

namespace Studio.Web.Components.Layout;

/// <summary>
/// Which production a page belongs to, the one rule behind the layout's production switcher and production menu: a
/// page under <c>productions/{id}/</c> belongs to that production, and a task's own page (<c>tasks/{id}</c>, where the
/// notifications and the task panel's "open as a page" lead) to the task's production. The other pages (the
/// productions, my tasks, the notifications) list work across productions and belong to none, a task opened beside
/// my tasks included: the list around it is still everyone's productions.
/// </summary>
public sealed class PageProduction(TaskService tasks)
{
    /// <summary>What a page's address names: a production, a task, or neither.</summary>
    public readonly record struct Address(Guid? ProductionId, Guid? TaskId);

    /// <summary>Reads <paramref name="baseRelativeUri"/> (as <c>NavigationManager.ToBaseRelativePath</c> gives it; query and fragment ignored).</summary>
    public static Address Parse(string baseRelativeUri)
    {
        var path = baseRelativeUri.Split('?', '#')[0].Split('/');
        if (path.Length < 2 || !Guid.TryParse(path[1], out var id))
        {
            return default;
        }

        return path[0] switch
        {
            "productions" => new Address(id, null),
            "tasks" => new Address(null, id),
            _ => default,
        };
    }

    /// <summary>
    /// The production of the page at <paramref name="address"/> for <paramref name="actor"/>; none for a task they may not
    /// read or that does not exist (the page itself says so).
    /// </summary>
    public async Task<Guid?> OfAsync(Actor actor, Address address, CancellationToken cancellationToken)
    {
        if (address.ProductionId is { } production)
        {
            return production;
        }

        if (address.TaskId is not { } task)
        {
            return null;
        }

        try
        {
            return await tasks.ProjectOfAsync(actor, task, cancellationToken);
        }
        catch (Exception e) when (UiErrors.IsRefusal(e))
        {
            return null;
        }
    }
}
