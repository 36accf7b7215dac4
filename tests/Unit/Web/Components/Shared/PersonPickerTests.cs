using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Web.Components.Shared;
using static Studio.Tests.Unit.Web.Components.UiFixtures;

namespace Studio.Tests.Unit.Web.Components.Shared;

/// <summary>Choosing a person by typing part of their name.</summary>
public sealed class PersonPickerTests
{
    [Fact]
    public async Task Typing_NarrowsThePeople_AndAClickChoosesOne()
    {
        await using var ui = UiContext.Create();
        var popovers = ui.Render<MudPopoverProvider>();
        var chosen = new List<Guid?>();

        var picker = ui.Render<PersonPicker>(p => p.Add(s => s.People, [Jane, Max]).Add(s => s.ClearOnPick, true).Add(s => s.AriaLabel, "Assign someone")
            .Add(s => s.Id, "task-assign").Add(s => s.ValueChanged, EventCallback.Factory.Create<Guid?>(this, chosen.Add)));
        var input = picker.Find("input#task-assign");
        await input.FocusAsync(new Microsoft.AspNetCore.Components.Web.FocusEventArgs());
        await input.InputAsync(new ChangeEventArgs { Value = "pow" });

        popovers.WaitForAssertion(() => Assert.EndsWith("Max Power", Assert.Single(popovers.FindAll(".mud-popover-open .mud-list-item")).TextContent.Trim(),
            StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        popovers.Find(".mud-popover-open .mud-list-item").Click();

        picker.WaitForAssertion(() => Assert.Equal([Max.Id], chosen));
        Assert.Equal("Assign someone", input.GetAttribute("aria-label"));
    }
}
