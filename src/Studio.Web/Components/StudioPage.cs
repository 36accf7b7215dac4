using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Web.Auth;

namespace Studio.Web.Components;

/// <summary>
/// Base of the interactive pages: the signed-in actor (pages call the same domain services as the API with it),
/// live reloads when an event of the page's production arrives, and Zou's errors turned into messages.
/// </summary>
public abstract class StudioPage : ComponentBase, IDisposable
{
    private IDisposable? subscription;

    [Inject]
    protected EventPublisher Events { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected Actor? Actor { get; private set; }

    /// <summary>What went wrong last, in words for the page (forbidden, not found, a refused change).</summary>
    protected string? Error { get; set; }

    protected bool Forbidden { get; private set; }

    protected bool Loading { get; private set; } = true;

    /// <summary>The production whose events reload the page (null: every event of the caller's productions).</summary>
    protected virtual Guid? LiveProjectId => null;

    public void Dispose()
    {
        subscription?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task OnParametersSetAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        if (state?.User.Identity?.IsAuthenticated != true)
        {
            Navigation.NavigateTo($"login?returnUrl={Uri.EscapeDataString(Navigation.ToBaseRelativePath(Navigation.Uri))}", forceLoad: true);
            return;
        }

        Actor = state.User.ToActor();
        subscription ??= Events.Subscribe(e =>
        {
            if (ShouldReload(e))
            {
                _ = InvokeAsync(async () =>
                {
                    await RunAsync(LoadAsync);
                    StateHasChanged();
                });
            }
        });
        await RunAsync(LoadAsync);
    }

    /// <summary>Loads the page's data with <see cref="Actor"/>.</summary>
    protected abstract Task LoadAsync();

    protected virtual bool ShouldReload(ApiEvent e) => LiveProjectId is null || e.ProjectId == LiveProjectId;

    /// <summary>Runs a domain call and turns Zou's refusals into the page's state.</summary>
    protected async Task<bool> RunAsync(Func<Task> action)
    {
        try
        {
            Error = null;
            await action();
            return true;
        }
        catch (PermissionDeniedException)
        {
            Forbidden = true;
            Error = "You are not allowed to see or change this.";
        }
        catch (NotFoundException)
        {
            Error = "This was not found: it may have been removed.";
        }
        catch (WrongParameterException e)
        {
            Error = e.Message;
        }
        catch (ZouErrorException e)
        {
            Error = e.Body["message"]?.ToString() ?? e.Body["error"]?.ToString() ?? "The change was refused.";
        }
        finally
        {
            Loading = false;
        }

        return false;
    }
}
