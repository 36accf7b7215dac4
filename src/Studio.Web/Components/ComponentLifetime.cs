namespace Studio.Web.Components;

/// <summary>
/// How long a component lives, as a cancellation token for the domain calls it makes: cancelled when the component is
/// disposed (the user navigated away or the circuit closed), so work nobody will see stops.
/// </summary>
public sealed class ComponentLifetime : IDisposable
{
    private readonly CancellationTokenSource source = new();

    // Kept apart from the source: the source's Token throws once the source is disposed, and a call still running
    // when the component goes reads it after that.
    private readonly CancellationToken token;

    public ComponentLifetime() => token = source.Token;

    /// <summary>Cancelled when the component is disposed.</summary>
    public CancellationToken Token => token;

    public bool Ended => token.IsCancellationRequested;

    /// <summary>Whether an exception is only the component's end showing through a call (nothing to tell anyone).</summary>
    public bool EndedBy(Exception e) => e is OperationCanceledException && Ended;

    /// <summary>Cancels every call made with <see cref="Token"/>; safe to call more than once.</summary>
    public void Dispose()
    {
        if (Ended)
        {
            return;
        }

        source.Cancel();
        source.Dispose();
    }
}
