using Studio.Web.Components.Pages.Home;

namespace Studio.Tests.Unit.Web.Components;

public sealed class HomePageTests
{
    [Theory]
    [InlineData("user", "my-tasks")]
    [InlineData("vendor", "my-tasks")]
    [InlineData("supervisor", "")]
    [InlineData("manager", "")]
    [InlineData("admin", "")]
    [InlineData("client", "")]
    [InlineData(null, "")]
    public void For_SendsArtistsAndVendorsToTheirTasks_OthersToTheProductions(string? role, string home)
    {
        Assert.Equal(home, HomePage.For(role));
    }
}
