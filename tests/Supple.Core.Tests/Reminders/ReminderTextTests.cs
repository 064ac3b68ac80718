using Supple.Core.Reminders;

namespace Supple.Core.Tests.Reminders;

public sealed class ReminderTextTests
{
    [Theory]
    [InlineData("50m", 50 * 60)]
    [InlineData("8h", 8 * 3600)]
    [InlineData("1h30m", 90 * 60)]
    [InlineData("1h 30m", 90 * 60)]
    [InlineData("90s", 90)]
    [InlineData("25min", 25 * 60)]
    [InlineData(" 2H ", 2 * 3600)]
    public void Reads_durations_with_units(string text, int seconds)
    {
        Assert.True(ReminderText.TryParseDuration(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("50")]
    [InlineData("0m")]
    [InlineData("m")]
    [InlineData("-5m")]
    [InlineData("5 minutes")]
    [InlineData("99999999h")]
    public void Rejects_durations_without_a_unit_or_value(string? text) =>
        Assert.False(ReminderText.TryParseDuration(text, out _));

    [Theory]
    [InlineData("08:30", 8, 30)]
    [InlineData("7:05", 7, 5)]
    [InlineData("23:59", 23, 59)]
    public void Reads_times_of_day(string text, int hour, int minute)
    {
        Assert.True(ReminderText.TryParseTimeOfDay(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("8.30")]
    [InlineData("8:3")]
    [InlineData("8:30pm")]
    [InlineData("")]
    public void Rejects_other_times(string text) => Assert.False(ReminderText.TryParseTimeOfDay(text, out _));

    [Theory]
    [InlineData(90 * 60, "1h 30m")]
    [InlineData(50 * 60, "50m")]
    [InlineData(45, "45s")]
    [InlineData(0, "0s")]
    [InlineData(3723, "1h 2m 3s")]
    public void Formats_durations_shortly(int seconds, string expected) =>
        Assert.Equal(expected, ReminderText.Format(TimeSpan.FromSeconds(seconds)));
}
