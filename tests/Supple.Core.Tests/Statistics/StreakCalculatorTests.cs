using Microsoft.Extensions.Time.Testing;
using Supple.Core.History;
using Supple.Core.Statistics;

namespace Supple.Core.Tests.Statistics;

public sealed class StreakCalculatorTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public void No_practice_means_no_streak()
    {
        var state = StreakCalculator.FromDays([]);
        Assert.Equal(StreakState.Empty, state);
        Assert.Equal(0, state.CurrentOn(D(3, 1)));
    }

    [Fact]
    public void The_current_streak_counts_while_today_or_yesterday_was_practised()
    {
        var state = StreakCalculator.FromDays([D(3, 1), D(3, 2), D(3, 3), D(3, 3)]);
        Assert.Equal(3, state.CurrentOn(D(3, 3)));
        Assert.Equal(3, state.CurrentOn(D(3, 4)));   // today not practised yet: the streak is still alive
        Assert.Equal(0, state.CurrentOn(D(3, 5)));   // a whole day missed
        Assert.Equal(3, state.Longest);
    }

    [Fact]
    public void The_longest_streak_survives_a_break()
    {
        var state = StreakCalculator.FromDays([D(1, 1), D(1, 2), D(1, 3), D(1, 4), D(1, 6), D(1, 7)]);
        Assert.Equal(4, state.Longest);
        Assert.Equal(2, state.RunLength);
        Assert.Equal(D(1, 6), state.RunStart);
    }

    [Fact]
    public void Advancing_day_by_day_matches_the_full_computation()
    {
        var random = new Random(3);
        var days = Enumerable.Range(0, 400).Where(_ => random.Next(5) > 0).Select(i => D(1, 1).AddDays(i)).ToList();
        var state = StreakState.Empty;
        foreach (var day in days)
        {
            state = StreakCalculator.Advance(state, day)!;
            state = StreakCalculator.Advance(state, day)!;   // a second session the same day changes nothing
        }

        Assert.Equal(StreakCalculator.FromDays(days), state);
    }

    [Fact]
    public void A_day_before_the_latest_run_asks_for_a_recompute()
    {
        var state = StreakCalculator.FromDays([D(3, 1), D(3, 2), D(3, 4), D(3, 5)]);
        Assert.Null(StreakCalculator.Advance(state, D(3, 3)));
        Assert.Equal(5, StreakCalculator.FromDays([D(3, 1), D(3, 2), D(3, 3), D(3, 4), D(3, 5)]).Longest);
    }

    [Theory]
    [InlineData("Europe/London", 2026, 3, 29)]      // spring forward: a 23-hour day
    [InlineData("Europe/London", 2026, 10, 25)]     // fall back: a 25-hour day
    [InlineData("America/New_York", 2026, 3, 8)]
    [InlineData("America/New_York", 2026, 11, 1)]
    public void Streaks_are_counted_in_calendar_days_across_daylight_saving_changes(string zoneId, int year, int month, int day)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var change = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        // A session at 23:50 local the day before the change, 00:10 and 23:50 on the day itself, and 00:10 after it:
        // the sessions late on one day and early on the next are less than 24 hours apart, while the two on the
        // change day are 22 or 24 hours apart; only calendar days in the zone give three days.
        var sessions = new[]
        {
            Instant(change.AddDays(-1).AddHours(23).AddMinutes(50), zone),
            Instant(change.AddMinutes(10), zone),
            Instant(change.AddHours(23).AddMinutes(50), zone),
            Instant(change.AddDays(1).AddMinutes(10), zone),
        };
        var time = new FakeTimeProvider(sessions[^1].AddHours(12));
        var days = sessions.Select(s => LocalDay.Of(s, zone)).ToList();
        var state = StreakCalculator.FromDays(days);
        var today = LocalDay.Of(time.GetUtcNow(), zone);
        Assert.Equal(3, state.CurrentOn(today));
        Assert.Equal(3, state.Longest);
        Assert.Equal([DateOnly.FromDateTime(change.AddDays(-1)), DateOnly.FromDateTime(change), DateOnly.FromDateTime(change), DateOnly.FromDateTime(change.AddDays(1))], days);
    }

    [Fact]
    public void Moving_to_a_time_zone_behind_keeps_the_streak_alive()
    {
        // Practised in London on 1–3 March, recorded with London days; then flies to New York on the evening of the 3rd.
        var days = new[]
        {
            LocalDay.Of(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), London),
            LocalDay.Of(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), London),
            LocalDay.Of(new DateTimeOffset(2026, 3, 3, 0, 30, 0, TimeSpan.Zero), London),
        };
        var state = StreakCalculator.FromDays(days);
        // At 21:00 on 2 March in New York (02:00 UTC on the 3rd) the last practised day (3 March, London) is "tomorrow".
        var todayInNewYork = LocalDay.Of(new DateTimeOffset(2026, 3, 3, 2, 0, 0, TimeSpan.Zero), NewYork);
        Assert.Equal(D(3, 2), todayInNewYork);
        Assert.Equal(3, state.CurrentOn(todayInNewYork));
        // Moving east: 3 March was the last day; on 4 March in Tokyo it still counts, on the 5th it has lapsed.
        Assert.Equal(3, state.CurrentOn(D(3, 4)));
        Assert.Equal(0, state.CurrentOn(D(3, 5)));
    }

    [Fact]
    public void Days_in_window_counts_distinct_days_including_today()
    {
        var days = new[] { D(3, 1), D(3, 1), D(3, 5), D(3, 7), D(3, 8) };
        Assert.Equal(3, StreakCalculator.DaysInWindow(days, D(3, 7), 7));   // 1..7
        Assert.Equal(2, StreakCalculator.DaysInWindow(days, D(3, 8), 2));   // 7..8
        Assert.Throws<ArgumentOutOfRangeException>(() => StreakCalculator.DaysInWindow(days, D(3, 8), 0));
    }

    private static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone) =>
        new(local, zone.GetUtcOffset(local));
}
