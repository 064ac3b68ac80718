using Microsoft.Extensions.Time.Testing;
using Supple.Core.Statistics;

namespace Supple.Core.Tests.Statistics;

public sealed class PainTrendTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 20, 0, 0, TimeSpan.Zero);

    private static PainPoint P(double daysAgo, int score) => new(Now.AddDays(-daysAgo), score);

    [Fact]
    public void Falling_pain_is_improving_with_the_least_squares_slope()
    {
        // 6 → 3 over 30 days: exactly -0.1 per day.
        var points = Enumerable.Range(0, 4).Select(i => P(30 - (i * 10), 6 - i));
        var trend = PainTrend.Compute(points, Now);
        Assert.Equal(PainTrendDirection.Improving, trend.Direction);
        Assert.Equal(-0.1, trend.SlopePerDay!.Value, 6);
        Assert.Equal(-3.0, trend.ChangeOverWindow!.Value, 6);
        Assert.Equal("improving: down 3.0 points over 30 days", trend.Words);
    }

    [Fact]
    public void The_change_is_told_over_the_days_with_readings_not_extrapolated_over_the_window()
    {
        // 6, 5, 4 on days 14, 7 and 0 before now: slope −1/7 a day (worked out by hand), so down 2.0 over 14 days.
        var trend = PainTrend.Compute([P(14, 6), P(7, 5), P(0, 4)], Now);
        Assert.Equal(14, trend.SpanDays, 6);
        Assert.Equal(-2.0, trend.ChangeOverSpan!.Value, 6);
        Assert.Equal("improving: down 2.0 points over 14 days", trend.Words);
    }

    [Fact]
    public void Too_few_readings_say_not_enough_readings()
    {
        Assert.StartsWith("not enough readings", PainTrend.Compute([P(3, 5), P(1, 2)], Now).Words, StringComparison.Ordinal);
    }

    [Fact]
    public void Rising_pain_is_worsening()
    {
        var trend = PainTrend.Compute([P(20, 2), P(10, 4), P(1, 6)], Now);
        Assert.Equal(PainTrendDirection.Worsening, trend.Direction);
        Assert.StartsWith("worsening: up", trend.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_change_is_steady()
    {
        var trend = PainTrend.Compute([P(29, 4), P(20, 4), P(10, 5), P(2, 4)], Now);
        Assert.Equal(PainTrendDirection.Steady, trend.Direction);
        Assert.True(Math.Abs(trend.ChangeOverWindow!.Value) < PainTrend.SteadyBand);
    }

    [Fact]
    public void Too_few_readings_or_a_single_day_is_not_enough_data()
    {
        Assert.Equal(PainTrendDirection.NotEnoughData, PainTrend.Compute([P(3, 5), P(1, 2)], Now).Direction);
        Assert.Equal(PainTrendDirection.NotEnoughData, PainTrend.Compute([P(0.1, 5), P(0.2, 2), P(0.3, 4)], Now).Direction);
        Assert.Null(PainTrend.Compute([], Now).SlopePerDay);
    }

    [Fact]
    public void Readings_outside_the_window_are_ignored()
    {
        // Very old high readings would make the trend "improving"; only the last 30 days count.
        var trend = PainTrend.Compute([P(200, 10), P(100, 10), P(20, 3), P(10, 3), P(1, 3)], Now);
        Assert.Equal(PainTrendDirection.Steady, trend.Direction);
        Assert.Equal(3, trend.Readings);
    }

    [Fact]
    public void The_window_moves_with_the_injected_clock()
    {
        var time = new FakeTimeProvider(Now);
        var points = new[] { P(25, 8), P(15, 5), P(5, 2) };
        Assert.Equal(PainTrendDirection.Improving, PainTrend.Compute(points, time.GetUtcNow()).Direction);
        time.Advance(TimeSpan.FromDays(40));
        Assert.Equal(PainTrendDirection.NotEnoughData, PainTrend.Compute(points, time.GetUtcNow()).Direction);
    }
}
