using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Studio.Web.Components;

namespace Studio.Tests.Unit.Web.Components.Shared;

/// <summary>A destructive action asks first: it runs only when the person confirms.</summary>
public sealed class ConfirmDialogTests
{
    [Theory]
    [InlineData("Remove", true)]
    [InlineData("Cancel", false)]
    public async Task ConfirmAsync_SaysWhatWillHappen_AndAnswersTheButtonClicked(string button, bool expected)
    {
        await using var ui = UiContext.Create();
        var dialogs = ui.Render<MudDialogProvider>();
        var service = ui.Services.GetRequiredService<IDialogService>();

        Task<bool> answer = Task.FromResult(!expected);
        await dialogs.InvokeAsync(() => { answer = service.ConfirmAsync("Remove from the team", "Jane Doe will no longer see this production."); });
        var dialog = dialogs.WaitForElement(".studio-confirm");
        var title = dialogs.Find(".mud-dialog-title").TextContent;
        var message = dialog.TextContent;
        dialogs.FindAll(".studio-confirm button").Single(b => b.TextContent.Trim() == button).Click();

        Assert.Equal(expected, await answer.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Contains("Remove from the team", title, StringComparison.Ordinal);
        Assert.Contains("Jane Doe will no longer see this production.", message, StringComparison.Ordinal);
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".studio-confirm")));
    }
}
