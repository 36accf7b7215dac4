using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Studio.Domain.Persons;

namespace Studio.Tests.E2E;

/// <summary>
/// Studio on a free port with a fresh SQLite data directory, and Debian's Chromium driven by Playwright.
/// Screenshots go to <c>TestResults/screenshots</c> (test output, not committed): every screen at 1440 × 900 (<c>-1440</c>)
/// and at 390 × 844 (<c>-390</c>).
/// </summary>
public sealed class StudioServer : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "mysecretpassword";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "studio-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string State, string Landing)> signedIn = new(StringComparer.OrdinalIgnoreCase);
    private IPlaywright? playwright;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Factory = Start(dataDirectory);
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PersonsService>().EnsureAdminAsync(AdminEmail, AdminPassword, CancellationToken.None);
        }

        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// Studio started on Kestrel with its data in <paramref name="dataDirectory"/>, as every browser test has it, on a
    /// port of 127.0.0.1 the system chooses. The endpoint is given to Kestrel itself: <c>UseKestrel(0)</c> on a factory
    /// made by <c>WithWebHostBuilder</c> is lost (the derived factory builds the host through the original one, which
    /// knows no port), and Kestrel then binds its default, localhost:5000, which Zou or another Studio may hold.
    /// An endpoint set in code also wins over <c>ASPNETCORE_URLS</c> or <c>--urls</c>.
    /// </summary>
    public static WebApplicationFactory<Program> Start(string dataDirectory)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Studio:DataDirectory", dataDirectory);
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    public async Task DisposeAsync()
    {
        // Start-up may have failed half-way: dispose what was made.
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>A navigation is awaited until it commits: the pages' data comes through the circuit, not the load event.</summary>
    public static PageWaitForURLOptions Committed { get; } = new() { WaitUntil = WaitUntilState.Commit, Timeout = 60000 };

    /// <summary>
    /// A new browser context signed in as <paramref name="email"/>, on the page the sign-in leads to. Each person signs in
    /// through the sign-in page once; later contexts reuse the stored state (the session cookies) and open that page.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string email = AdminEmail, string password = AdminPassword)
    {
        if (signedIn.TryGetValue(email, out var stored))
        {
            var again = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = Desktop, StorageState = stored.State });
            var reused = await again.NewPageAsync();
            await OpenAsync(reused, stored.Landing);
            return reused;
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = Desktop });
        var page = await context.NewPageAsync();

        // The whole sign-in page, Blazor's script included: a submit sent while that script starts could go missing.
        await page.GotoAsync("/login", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await SignInAsync(page, email, password);

        // Wait for the application's layout (or the page to say why it refused), then for the circuit.
        var refused = page.Locator(".studio-login-error");
        await page.Locator(".studio-layout, .studio-login-error").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60000 });
        if (await refused.CountAsync() > 0)
        {
            throw new InvalidOperationException($"Signing in as {email} was refused: {await refused.InnerTextAsync()}");
        }

        await WaitForCircuitAsync(page);
        signedIn[email] = (await context.StorageStateAsync(), new Uri(page.Url).PathAndQuery);
        return page;
    }

    /// <summary>The desktop size every test page has, and the phone size of <see cref="PhoneLayoutTests"/>.</summary>
    public static ViewportSize Desktop => new() { Width = 1440, Height = 900 };

    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    /// <summary>Fills the sign-in form (a static page: no circuit to wait for) and sends it.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("E-mail or desktop login").FillAsync(email);
        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>A click sent before the Blazor circuit is connected is lost: wait until the layout renders interactively.</summary>
    public static async Task WaitForCircuitAsync(IPage page) =>
        await page.WaitForSelectorAsync(".studio-layout[data-interactive=true]", new PageWaitForSelectorOptions { Timeout = 60000 });

    /// <summary>Goes to a page of Studio and waits for its circuit.</summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await WaitForCircuitAsync(page);
    }

    /// <summary>A short movie made by ffmpeg's test source (the test's own clip: nothing is downloaded).</summary>
    public static async Task<string> MovieAsync(string name, int seconds)
    {
        var folder = Path.Combine(Path.GetTempPath(), "studio-e2e-clips");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        var start = new System.Diagnostics.ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-y", "-v", "error", "-f", "lavfi", "-i", $"testsrc2=size=640x360:rate=25:duration={seconds}", "-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "ultrafast", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var ffmpeg = System.Diagnostics.Process.Start(start)!;
        var errors = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        Assert.True(ffmpeg.ExitCode == 0, errors);
        return path;
    }

    /// <summary>
    /// Clicks until <paramref name="expected"/> shows (three tries): a click that lands while a live update replaces the
    /// element is lost, as it would be for a user, who would click again. Only for idempotent actions.
    /// </summary>
    public static async Task ClickUntilAsync(IPage page, string selector, string expected)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.ClickAsync(selector);
            try
            {
                await page.WaitForSelectorAsync(expected, new PageWaitForSelectorOptions { Timeout = 10000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                if (await page.Locator(selector).CountAsync() == 0)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>
    /// Chooses an option of a MudSelect by its text: the select opens on mousedown (a click gives it), its items are in
    /// the open popover.
    /// </summary>
    public static async Task PickAsync(IPage page, string select, string option)
    {
        await page.ClickAsync(select);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 5000 });
    }

    /// <summary>
    /// Ticks options of a multiple MudSelect, then closes it. Each click waits for the select to show the option (the
    /// circuit's answer); the list is closed by a click on the select, not by Escape: after a click the focus
    /// is on the option, outside the select, and an Escape pressed before the select takes the focus back is lost.
    /// </summary>
    public static async Task PickManyAsync(IPage page, string select, params string[] options)
    {
        await page.ClickAsync(select);
        foreach (var option in options)
        {
            var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First;
            await item.ClickAsync();
            await Assertions.Expect(page.Locator(select).Locator("input.mud-select-input").First)
                .ToHaveValueAsync(new Regex(Regex.Escape(option)));
        }
        // Forced: the select lies under its own overlay, whose pointerdown closes the list.
        await page.Locator(select).First.ClickAsync(new LocatorClickOptions { Force = true });
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 5000 });
    }

    /// <summary>
    /// Chooses a person (or any item) of a MudAutocomplete: types part of the name, clicks the item in the open popover,
    /// then waits for the popover to close. The autocomplete takes the value only after a round trip to the browser (it
    /// focuses its input first): a click made before then would find no value chosen.
    /// </summary>
    public static async Task ChooseAsync(IPage page, string autocomplete, string item)
    {
        var typed = item.Split(' ')[0];
        var items = page.Locator(".mud-popover-open .mud-list-item");
        await page.Locator(autocomplete).FillAsync(typed);

        // The list of the search for what was typed, not the list the focus opened (a late search would open it again).
        await Assertions.Expect(items.Filter(new LocatorFilterOptions { HasText = item })).Not.ToHaveCountAsync(0);
        await Assertions.Expect(items.Filter(new LocatorFilterOptions { HasNotText = typed })).ToHaveCountAsync(0);
        await items.Filter(new LocatorFilterOptions { HasText = item }).First.ClickAsync();
        await items.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
    }

    /// <summary>The row of a list or grid that holds <paramref name="name"/> as a button (the entity's or the task's).</summary>
    public static ILocator RowOf(IPage page, string name) =>
        page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true }) });

    /// <summary>A snackbar (a result or a refused change) holding <paramref name="text"/>.</summary>
    public static ILocator Snackbar(IPage page, string text) => page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = text });

    /// <summary>Saves the page as it is, named with its width (<c>name-1440.png</c>, <c>name-390.png</c>).</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}-{page.ViewportSize?.Width ?? 0}.png"), FullPage = true });
}
