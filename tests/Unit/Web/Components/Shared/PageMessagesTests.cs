using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Studio.Web.Components.Shared;

namespace Studio.Tests.Unit.Web.Components.Shared;

/// <summary>
/// A refused change passes as a snackbar and leaves the page as it was, once per refusal; what the page cannot show stays
/// on it as an alert; a change that worked says so briefly.
/// </summary>
public sealed class PageMessagesTests
{
    [Fact]
    public async Task ARefusal_ShowsOnceAsASnackbar_AndAgainWhenItComesBack()
    {
        await using var ui = UiContext.Create();
        var snackbars = ui.Render<MudSnackbarProvider>();

        var messages = ui.Render<PageMessages>(p => p.Add(m => m.Error, "Choose the new status."));
        messages.Render(p => p.Add(m => m.Error, "Choose the new status."));

        snackbars.WaitForAssertion(() => Assert.Single(snackbars.FindAll(".mud-snackbar")));
        Assert.Contains("Choose the new status.", snackbars.Find(".mud-snackbar").TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-alert-filled-error", snackbars.Find(".mud-snackbar").ClassName, StringComparison.Ordinal);
        Assert.Empty(messages.FindAll("[role=alert]"));

        // The page clears its error before each action: the same refusal after another action shows again.
        ui.Services.GetRequiredService<ISnackbar>().Clear();
        messages.Render(p => p.Add(m => m.Error, null));
        messages.Render(p => p.Add(m => m.Error, "Choose the new status."));
        snackbars.WaitForAssertion(() => Assert.Single(snackbars.FindAll(".mud-snackbar")));
    }

    [Fact]
    public async Task WhatThePageCannotShow_StaysOnItAsAnAlert()
    {
        await using var ui = UiContext.Create();
        var snackbars = ui.Render<MudSnackbarProvider>();

        var forbidden = ui.Render<PageMessages>(p => p.Add(m => m.Forbidden, true).Add(m => m.Error, "You are not allowed to see or change this."));
        var notFound = ui.Render<PageMessages>(p => p.Add(m => m.Error, "This was not found: it may have been removed.").Add(m => m.Inline, true));

        Assert.Contains("not allowed to see this page", forbidden.Find("#page-forbidden").TextContent, StringComparison.Ordinal);
        Assert.Contains("This was not found", notFound.Find("#page-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(snackbars.FindAll(".mud-snackbar"));
    }

    [Fact]
    public async Task AChangeThatWorked_SaysSoInASnackbar()
    {
        await using var ui = UiContext.Create();
        var snackbars = ui.Render<MudSnackbarProvider>();

        ui.Render<PageMessages>(p => p.Add(m => m.Success, "Parameters saved."));

        snackbars.WaitForAssertion(() => Assert.Contains("Parameters saved.", snackbars.Find(".mud-snackbar").TextContent, StringComparison.Ordinal));
        Assert.Contains("mud-alert-filled-success", snackbars.Find(".mud-snackbar").ClassName, StringComparison.Ordinal);
    }
}
