using Bunit;
using MudBlazor.Services;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>
/// A bunit context with MudBlazor's services, as the app registers them. Dispose it asynchronously
/// (<c>await using</c>): some of MudBlazor's services are only <see cref="IAsyncDisposable"/>.
/// </summary>
public static class UiContext
{
    public static BunitContext Create()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();

        // MudBlazor's components call their JS module (popovers, key interceptors, resize listeners); none of it matters here.
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}
