using Microsoft.Playwright;

namespace Studio.Tests.E2E;

/// <summary>Signing in and out: the same accounts, passwords and lock-out as the API.</summary>
[Collection(StudioCollection.Name)]
public sealed class SignInTests(StudioServer server)
{
    [Fact]
    public async Task SignIn_IsRequired_AndAWrongPasswordIsSaid()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl, ViewportSize = StudioServer.Desktop });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/my-tasks", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal), StudioServer.Committed);
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Sign in" }).WaitForAsync();
        await StudioServer.ScreenshotAsync(page, "sign-in");
        await StudioServer.SignInAsync(page, StudioServer.AdminEmail, "wrong-password");
        var alert = page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "Wrong" });
        await alert.WaitForAsync();
        await StudioServer.ScreenshotAsync(page, "sign-in-refused");

        Assert.Equal("Wrong e-mail or password.", (await alert.InnerTextAsync()).Trim());
        await context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_ReturnsToTheAskedPage_AndSignOut_EndsTheSession()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl, ViewportSize = StudioServer.Desktop });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/notifications", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal), StudioServer.Committed);
        await StudioServer.SignInAsync(page, StudioServer.AdminEmail, StudioServer.AdminPassword);
        await page.WaitForURLAsync(url => url.EndsWith("/notifications", StringComparison.Ordinal), StudioServer.Committed);
        await StudioServer.WaitForCircuitAsync(page);
        Assert.Equal("Super Admin", (await page.InnerTextAsync("#signed-in-person")).Trim());

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal), StudioServer.Committed);
        await page.GotoAsync("/my-tasks", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal), StudioServer.Committed);
        await context.CloseAsync();
    }

    [Fact]
    public async Task ASecondPageOfTheSamePerson_ReusesTheStoredSignIn()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var email = await api.PersonAsync("Sam", "Stored", "user");
        var first = await server.SignedInPageAsync(email, StudioServer.AdminPassword);
        await first.Context.CloseAsync();

        var second = await server.SignedInPageAsync(email, StudioServer.AdminPassword);

        Assert.EndsWith("/my-tasks", new Uri(second.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("Sam Stored", (await second.InnerTextAsync("#signed-in-person")).Trim());
        Assert.Contains(await second.Context.CookiesAsync(), c => c.HttpOnly);
        await second.Context.CloseAsync();
    }
}
