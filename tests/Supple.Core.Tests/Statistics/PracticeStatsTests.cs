using Supple.Core.Statistics;

namespace Supple.Core.Tests.Statistics;

public sealed class PracticeStatsTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void Stats_combine_totals_streaks_windows_and_tallies()
    {
        var now = new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero);   // 23:00 on 9 March in New York
        var days = new[] { new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 9), new DateOnly(2026, 2, 20) };
        var stats = PracticeStats.From(
            new PracticeTotals(SessionsStarted: 10, Completed: 6, StoppedForPain: 1, PainPairs: 4, PainBeforeSum: 24, PainAfterSum: 14),
            StreakCalculator.FromDays(days),
            days,
            [],
            [new StretchTally("z-last", 1, 0, 0), new StretchTally("a-first", 3, 1, 1)],
            now,
            NewYork);
        Assert.Equal(new DateOnly(2026, 3, 9), stats.Today);
        Assert.Equal(2, stats.CurrentStreak);
        Assert.Equal(2, stats.DaysLast7);
        Assert.Equal(3, stats.DaysLast30);
        Assert.Equal(3, stats.Abandoned);
        Assert.Equal(0.6, stats.CompletionRate);
        Assert.Equal(6.0, stats.AveragePainBefore);
        Assert.Equal(3.5, stats.AveragePainAfter);
        Assert.Equal(-2.5, stats.AveragePainChange);
        Assert.Equal(["a-first", "z-last"], stats.Stretches.Select(t => t.StretchId));
        Assert.Equal("America/New_York", stats.TimeZoneId);
    }

    [Fact]
    public void With_nothing_recorded_the_rates_are_absent_not_zero()
    {
        var stats = PracticeStats.From(PracticeTotals.Empty, StreakState.Empty, [], [], [], DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc);
        Assert.Null(stats.CompletionRate);
        Assert.Null(stats.AveragePainBefore);
        Assert.Null(stats.AveragePainChange);
        Assert.Equal(0, stats.CurrentStreak);
        Assert.Equal(PainTrendDirection.NotEnoughData, stats.Trend.Direction);
    }
}
