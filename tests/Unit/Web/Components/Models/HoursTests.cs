using Studio.Web.Components.Models;

namespace Studio.Tests.Unit.Web.Components.Models;

/// <summary>Hours as people type them, read in minutes; minutes shown as hours.</summary>
public sealed class HoursTests
{
    [Theory]
    [InlineData("1.5", 90)]
    [InlineData("1,5", 90)]
    [InlineData(" 2 ", 120)]
    [InlineData("1:30", 90)]
    [InlineData("1h30", 90)]
    [InlineData("2h", 120)]
    [InlineData("45m", 45)]
    [InlineData("0:20", 20)]
    [InlineData("", 0)]
    [InlineData("0", 0)]
    [InlineData("24", 1440)]
    public void Hours_AreReadInMinutes(string text, double minutes) => Assert.Equal((minutes, (string?)null), Hours.Parse(text));

    [Theory]
    [InlineData("an hour", "is not a time")]
    [InlineData("1:75", "is not a time")]
    [InlineData("-1", "is not a time")]
    [InlineData("24.5", "24 hours at most")]
    [InlineData("1e3", "is not a time")]
    public void Mistakes_AreRefusedWithAMessage(string text, string message)
    {
        var (minutes, error) = Hours.Parse(text);
        Assert.Null(minutes);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90, "1.5")]
    [InlineData(20, "0.33")]
    [InlineData(480, "8")]
    [InlineData(0, "")]
    public void Minutes_AreShownAsHours(double minutes, string text) => Assert.Equal(text, Hours.Format(minutes));
}
