using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>MudBlazor's components render and answer clicks in the test context.</summary>
public sealed class MudSetupTests
{
    [Fact]
    public async Task MudButton_Click_RunsItsCallback()
    {
        await using var ui = UiContext.Create();
        var clicks = 0;

        var button = ui.Render<MudButton>(p => p.Add(b => b.OnClick, EventCallback.Factory.Create<Microsoft.AspNetCore.Components.Web.MouseEventArgs>(this, () => clicks++))
            .AddChildContent("Save"));
        button.Find("button").Click();

        Assert.Equal(1, clicks);
        Assert.Contains("Save", button.Markup, StringComparison.Ordinal);
    }
}
