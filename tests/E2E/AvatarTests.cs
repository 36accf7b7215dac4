using Microsoft.Playwright;
using SkiaSharp;

namespace Studio.Tests.E2E;

/// <summary>An administrator gives a person a picture from the people page, sees it in the list, and removes it.</summary>
[Collection(StudioCollection.Name)]
public sealed class AvatarTests(StudioServer server)
{
    [Fact]
    public async Task AnAdministrator_GivesAPersonAPicture_AndRemovesIt()
    {
        using var api = await StudioApiClient.SignInAsync(server.BaseUrl);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var email = await api.PersonAsync("Pia", "Picture" + suffix, "user");
        var id = await api.IdAsync($"/api/data/persons?email={Uri.EscapeDataString(email)}");
        var picture = Path.Combine(Path.GetTempPath(), $"avatar-{suffix}.png");
        using (var bitmap = new SKBitmap(300, 200))
        {
            bitmap.Erase(SKColors.OrangeRed);
            using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            await File.WriteAllBytesAsync(picture, png.ToArray());
        }

        var page = await server.SignedInPageAsync();
        await StudioServer.OpenAsync(page, "/people");
        var row = page.Locator($"tr[data-person='{id}']");
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = $"Edit Pia Picture{suffix}" }).ClickAsync();
        var avatar = page.Locator(".studio-avatar-edit");
        await Assertions.Expect(avatar).ToHaveAttributeAsync("data-has-avatar", "false");

        await page.Locator("#person-avatar input[type=file]").SetInputFilesAsync(picture);
        await Assertions.Expect(avatar).ToHaveAttributeAsync("data-has-avatar", "true");
        await Assertions.Expect(row.Locator("img")).ToHaveCountAsync(1);
        Assert.True((await api.GetAsync($"/api/data/persons/{id}"))["has_avatar"]!.GetValue<bool>());
        await StudioServer.ScreenshotAsync(page, "person-avatar");

        await page.ClickAsync("#remove-avatar");
        await Assertions.Expect(avatar).ToHaveAttributeAsync("data-has-avatar", "false");
        await Assertions.Expect(row.Locator("img")).ToHaveCountAsync(0);
        Assert.False((await api.GetAsync($"/api/data/persons/{id}"))["has_avatar"]!.GetValue<bool>());
        File.Delete(picture);
        await page.Context.CloseAsync();
    }
}
