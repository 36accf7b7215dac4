using Studio.Domain.Common;
using Studio.Web.Components;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>
/// A page's calls end when the page goes: its token is cancelled on dispose, and a load that ends that way (running
/// or waiting its turn) leaves no error and throws nothing into the renderer. Tested through a small page whose load
/// the test holds.
/// </summary>
public sealed class StudioPageTests
{
    [Fact]
    public void Aborted_IsCancelled_WhenThePageIsDisposed()
    {
        var page = new HeldPage();
        var token = page.Token;
        var before = token.IsCancellationRequested;

        page.Dispose();

        Assert.False(before);
        Assert.True(token.IsCancellationRequested);
        Assert.True(page.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task Reload_CancelledByThePageGoing_SetsNoError()
    {
        var page = new HeldPage { Load = token => Task.Delay(Timeout.Infinite, token) };
        var reload = page.ReloadAsync();

        page.Dispose();
        var loaded = await reload.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(loaded);
        Assert.Null(page.ErrorShown);
        Assert.False(page.LoadingShown);
    }

    [Fact]
    public async Task Reload_WaitingItsTurn_WhenThePageGoes_EndsQuietly()
    {
        var first = new TaskCompletionSource();
        var page = new HeldPage { Load = _ => first.Task };
        var running = page.ReloadAsync();
        var waiting = page.ReloadAsync();

        page.Dispose();
        var waited = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        first.SetResult();
        var ran = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(waited);
        Assert.True(ran);
        Assert.Equal(1, page.Loads);
        Assert.Null(page.ErrorShown);
    }

    [Fact]
    public async Task Reload_Refused_ShowsTheRefusal()
    {
        var page = new HeldPage { Load = _ => throw new NotFoundException() };

        var loaded = await page.ReloadAsync();

        Assert.False(loaded);
        Assert.Equal("This was not found: it may have been removed.", page.ErrorShown);
    }

    [Fact]
    public async Task Reload_CancelledByAnotherToken_IsNotSilenced()
    {
        using var other = new CancellationTokenSource();
        await other.CancelAsync();
        var page = new HeldPage { Load = _ => Task.Delay(Timeout.Infinite, other.Token) };

        var reload = page.ReloadAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reload);
    }

    private sealed class HeldPage : StudioPage
    {
        public Func<CancellationToken, Task> Load { get; init; } = _ => Task.CompletedTask;

        public int Loads { get; private set; }

        public CancellationToken Token => Aborted;

        public string? ErrorShown => Error;

        public bool LoadingShown => Loading;

        public new Task<bool> ReloadAsync() => base.ReloadAsync();

        protected override Task LoadAsync()
        {
            Loads++;
            return Load(Aborted);
        }
    }
}
