using Supple.Core.History;

namespace Supple.Core.Tests.History;

public sealed class LocalDayTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void A_session_after_local_midnight_counts_for_the_new_day()
    {
        // 00:30 in New York on 5 March is 05:30 UTC.
        Assert.Equal(new DateOnly(2026, 3, 5), LocalDay.Of(new DateTimeOffset(2026, 3, 5, 5, 30, 0, TimeSpan.Zero), NewYork));
        // 23:30 in New York on 4 March is 04:30 UTC on the 5th.
        Assert.Equal(new DateOnly(2026, 3, 4), LocalDay.Of(new DateTimeOffset(2026, 3, 5, 4, 30, 0, TimeSpan.Zero), NewYork));
    }

    [Fact]
    public void Days_follow_summer_time_in_london()
    {
        // In summer London is UTC+1: 23:30 UTC on 1 July is 00:30 on 2 July.
        Assert.Equal(new DateOnly(2026, 7, 2), LocalDay.Of(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero), London));
        // In winter it is UTC: the same clock time stays on 1 December.
        Assert.Equal(new DateOnly(2026, 12, 1), LocalDay.Of(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero), London));
    }

    [Fact]
    public void An_unknown_zone_falls_back()
    {
        Assert.Same(London, LocalDay.ZoneOrDefault("Mars/Olympus", London));
        Assert.Same(London, LocalDay.ZoneOrDefault(null, London));
        Assert.Equal("America/New_York", LocalDay.ZoneOrDefault("America/New_York", London).Id);
    }
}
