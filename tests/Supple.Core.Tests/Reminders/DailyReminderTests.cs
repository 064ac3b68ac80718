using Supple.Core.Reminders;

namespace Supple.Core.Tests.Reminders;

public sealed class DailyReminderTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void Later_today_when_the_time_has_not_come()
    {
        var now = new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero); // 07:00 in London (BST)

        Assert.Equal(new DateTimeOffset(2026, 6, 1, 8, 30, 0, TimeSpan.FromHours(1)), DailyReminder.NextOccurrence(new TimeOnly(8, 30), now, London));
    }

    [Fact]
    public void Tomorrow_when_the_time_has_passed_or_is_now()
    {
        var now = new DateTimeOffset(2026, 6, 1, 7, 30, 0, TimeSpan.Zero); // exactly 08:30 in London

        Assert.Equal(new DateTimeOffset(2026, 6, 2, 8, 30, 0, TimeSpan.FromHours(1)), DailyReminder.NextOccurrence(new TimeOnly(8, 30), now, London));
    }

    [Fact]
    public void A_time_skipped_when_clocks_go_forward_comes_just_after_the_gap()
    {
        var now = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero); // clocks go forward at 01:00 on 29 March

        var next = DailyReminder.NextOccurrence(new TimeOnly(1, 30), now, London);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.FromHours(1)), next);
    }

    [Fact]
    public void A_time_that_happens_twice_when_clocks_go_back_comes_the_first_time()
    {
        var now = new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero); // clocks go back at 02:00 on 25 October

        var next = DailyReminder.NextOccurrence(new TimeOnly(1, 30), now, London);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), next.ToUniversalTime());
    }
}
