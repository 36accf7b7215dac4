using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Studio.Domain.Access;
using Studio.Domain.Events;
using Studio.Web.Auth;
using Studio.Web.Components.Models;

namespace Studio.Web.Components;

/// <summary>
/// Base of the interactive pages: the signed-in actor (pages call the same domain services as the API with it),
/// the reference data, live reloads when an event of the page's production arrives, and Zou's refusals turned
/// into messages.
/// </summary>
public abstract class StudioPage : ComponentBase, IDisposable
{
    /// <summary>Events that arrive together (a comment, its status change, its notifications) cause one reload.</summary>
    private static readonly TimeSpan LiveDelay = TimeSpan.FromMilliseconds(150);

    // One load at a time: a load started later (after a change) can never be overwritten by an earlier, slower one.
    // Not disposed: a load still awaiting when the page goes must be able to release it (it holds no wait handle).
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2213", Justification = "See above.")]
    private readonly SemaphoreSlim loading = new(1, 1);
    private readonly ComponentLifetime lifetime = new();
    private IDisposable? subscription;
    private object? loadedKey;
    private int reloadPending;

    [Inject]
    protected EventPublisher Events { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected CatalogCache CatalogCache { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected Actor? Actor { get; private set; }

    /// <summary>The reference data (statuses, task types, people…) as the actor may read it.</summary>
    protected Catalog Catalog { get; private set; } = default!;

    /// <summary>What went wrong last, in words for the page (forbidden, not found, a refused change).</summary>
    protected string? Error { get; set; }

    protected bool Forbidden { get; private set; }

    protected bool Loading { get; private set; } = true;

    /// <summary>
    /// Cancelled when the page is disposed (the user navigated away or the circuit closed); every domain call of the
    /// page passes it. A load it cancels ends in silence. A write it cancels is rolled back by the domain (each call is
    /// one transaction), so a change the user started and then left is made whole or not at all; of an action made of
    /// several calls, those already finished stay.
    /// </summary>
    protected CancellationToken Aborted => lifetime.Token;

    /// <summary>The production whose events reload the page (null: every event of the caller's productions).</summary>
    protected virtual Guid? LiveProjectId => null;

    /// <summary>What the loaded data depends on: when a parameter change leaves it equal (say, only the selected task
    /// changed), the page is not loaded again. Null: load on every parameter change.</summary>
    protected virtual object? LoadKey => null;

    public void Dispose()
    {
        subscription?.Dispose();
        lifetime.Dispose();
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
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
        subscription ??= Events.Subscribe(OnEvent);
        var key = LoadKey;
        if (key is not null && Equals(key, loadedKey))
        {
            return;
        }

        loadedKey = key;
        Loading = true;
        Forbidden = false;
        await RunAsync(() => SerializedAsync(async () =>
        {
            Catalog = await CatalogCache.GetAsync(Actor, Aborted);
            await LoadAsync();
        }));
    }

    /// <summary>Loads the page again (after a change it made), in turn with any other load, turning refusals into the page's state.</summary>
    protected Task<bool> ReloadAsync() => RunAsync(() => SerializedAsync(LoadAsync));

    private async Task SerializedAsync(Func<Task> load)
    {
        // A load waiting its turn when the page goes stops waiting (and never holds the semaphore, so releases nothing).
        await loading.WaitAsync(Aborted);
        try
        {
            await load();
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>Loads the page's data with <see cref="Actor"/>.</summary>
    protected abstract Task LoadAsync();

    protected virtual bool ShouldReload(ApiEvent e) => LiveProjectId is null || e.ProjectId == LiveProjectId;

    /// <summary>Reloads the page after an event someone else caused (or this page, through another service).</summary>
    protected virtual async Task ReloadLiveAsync()
    {
        Catalog = await CatalogCache.GetAsync(Actor!, Aborted);
        await LoadAsync();
    }

    /// <summary>Runs a domain call and turns Zou's refusals into the page's state; false when refused or cut short by the
    /// page going away (which is no error).</summary>
    protected async Task<bool> RunAsync(Func<Task> action)
    {
        try
        {
            Error = null;
            await action();
            return true;
        }
        catch (Exception e) when (UiErrors.IsRefusal(e))
        {
            Forbidden |= UiErrors.IsForbidden(e) && Loading;
            Error = UiErrors.Message(e);
        }
        catch (OperationCanceledException e) when (lifetime.EndedBy(e))
        {
        }
        finally
        {
            Loading = false;
        }

        return false;
    }

    private void OnEvent(ApiEvent e)
    {
        if (lifetime.Ended || Actor is null || !ShouldReload(e) || Interlocked.Exchange(ref reloadPending, 1) == 1)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            try
            {
                await Task.Delay(LiveDelay, Aborted);
                Interlocked.Exchange(ref reloadPending, 0);
                Error = null;
                await SerializedAsync(ReloadLiveAsync);
            }
            catch (Exception ex) when (UiErrors.IsRefusal(ex))
            {
                Error = UiErrors.Message(ex);
            }
            catch (OperationCanceledException ex) when (lifetime.EndedBy(ex))
            {
                return;
            }

            StateHasChanged();
        });
    }
}
