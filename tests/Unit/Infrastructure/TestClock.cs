namespace Studio.Tests.Unit.Infrastructure;

/// <summary>The system clock plus an offset that tests move forward (token expiry, lock-out windows).</summary>
public sealed class TestClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
