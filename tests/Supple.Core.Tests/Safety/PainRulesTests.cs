using Supple.Core.History;
using Supple.Core.Safety;

namespace Supple.Core.Tests.Safety;

public sealed class PainRulesTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(10, true)]
    public void Pain_of_seven_or_more_before_a_session_is_high(int pain, bool high) =>
        Assert.Equal(high, SafetyRules.IsHighPain(new PainScore(pain)));

    [Fact]
    public void High_pain_gives_advice_and_moderate_pain_does_not()
    {
        var history = new HistoryBuilder();
        var now = history.Clock.GetUtcNow();

        var high = Assert.Single(SafetyRules.AdviceBeforeSession(new PainScore(7), [], history.Build(), now, id => id));
        Assert.Equal(SafetyAdviceKind.HighPainBeforeSession, high.Kind);
        Assert.Contains("7 out of 10", high.Message, StringComparison.Ordinal);
        Assert.Contains("gentlest", high.Message, StringComparison.Ordinal);
        Assert.Empty(SafetyRules.AdviceBeforeSession(new PainScore(6), [], history.Build(), now, id => id));
    }

    [Fact]
    public void Only_upper_back_readings_feed_the_trend()
    {
        var at = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var history = new SafetyHistory(
            [],
            [PainEntry.Create(at, new PainScore(3)), PainEntry.Create(at, new PainScore(4), BodyArea.UpperBack), PainEntry.Create(at, new PainScore(9), BodyArea.Neck), PainEntry.Create(at, new PainScore(8), BodyArea.LowerBack)],
            []);

        Assert.Equal([3, 4], history.PainReadings().Select(p => p.Score).Order());
    }

    [Fact]
    public void Pain_rising_over_fourteen_days_is_a_rising_trend()
    {
        var history = new HistoryBuilder().Reading(2, TimeSpan.FromDays(3)).Reading(3, TimeSpan.FromDays(3)).Reading(4, TimeSpan.FromDays(3)).Reading(5, TimeSpan.FromDays(3)).Reading(5);

        var trend = SafetyRules.Trend(history.Build().PainReadings(), history.Clock.GetUtcNow());

        Assert.True(trend.IsRising);
        Assert.Equal(5, trend.Trend.Readings);
        Assert.InRange(trend.Trend.ChangeOverWindow!.Value, 3.0, 4.0);
    }

    [Fact]
    public void A_rising_trend_gives_the_advice_to_see_a_doctor()
    {
        var history = new HistoryBuilder().Reading(2, TimeSpan.FromDays(3)).Reading(3, TimeSpan.FromDays(3)).Reading(4, TimeSpan.FromDays(3)).Reading(5, TimeSpan.FromDays(3));

        var advice = Assert.Single(SafetyRules.AdviceBeforeSession(new PainScore(5), [], history.Build(), history.Clock.GetUtcNow(), id => id));

        Assert.Equal(SafetyAdviceKind.RisingPainTrend, advice.Kind);
        Assert.Contains("see a doctor", advice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flat_or_falling_pain_is_not_rising()
    {
        var flat = new HistoryBuilder().Reading(4, TimeSpan.FromDays(3)).Reading(4, TimeSpan.FromDays(3)).Reading(5, TimeSpan.FromDays(3)).Reading(4);
        var falling = new HistoryBuilder().Reading(6, TimeSpan.FromDays(3)).Reading(5, TimeSpan.FromDays(3)).Reading(4, TimeSpan.FromDays(3)).Reading(3);

        Assert.False(SafetyRules.Trend(flat.Build().PainReadings(), flat.Clock.GetUtcNow()).IsRising);
        Assert.False(SafetyRules.Trend(falling.Build().PainReadings(), falling.Clock.GetUtcNow()).IsRising);
        Assert.True(SafetyRules.Trend(falling.Build().PainReadings(), falling.Clock.GetUtcNow()).Trend.ChangeOverWindow < 0);
    }

    [Fact]
    public void Too_few_ratings_are_not_a_trend()
    {
        var history = new HistoryBuilder().Reading(1, TimeSpan.FromDays(5)).Reading(4, TimeSpan.FromDays(5)).Reading(8);

        var trend = SafetyRules.Trend(history.Build().PainReadings(), history.Clock.GetUtcNow());

        Assert.Equal(3, trend.Trend.Readings);
        Assert.False(trend.IsRising);
    }

    [Fact]
    public void A_steep_rise_within_a_few_days_is_not_yet_a_fourteen_day_trend()
    {
        var history = new HistoryBuilder();
        foreach (var score in new[] { 1, 3, 5, 7, 9 })
        {
            history.Reading(score);
        }

        var trend = SafetyRules.Trend(history.Build().PainReadings(), history.Clock.GetUtcNow());

        Assert.True(trend.SpanDays < SafetyRules.TrendMinimumSpanDays);
        Assert.False(trend.IsRising);
    }

    [Fact]
    public void Ratings_older_than_fourteen_days_are_ignored()
    {
        var history = new HistoryBuilder().Reading(0, TimeSpan.FromDays(20));
        foreach (var score in new[] { 5, 5, 5, 5 })
        {
            history.Reading(score, TimeSpan.FromDays(3));
        }

        var trend = SafetyRules.Trend(history.Build().PainReadings(), history.Clock.GetUtcNow());

        Assert.Equal(4, trend.Trend.Readings);
        Assert.False(trend.IsRising);
    }

    [Fact]
    public void Todays_rating_counts_towards_the_trend()
    {
        var history = new HistoryBuilder().Reading(2, TimeSpan.FromDays(4)).Reading(3, TimeSpan.FromDays(4)).Reading(4, TimeSpan.FromDays(4));

        Assert.Empty(SafetyRules.AdviceBeforeSession(null, [], history.Build(), history.Clock.GetUtcNow(), id => id));
        Assert.Contains(SafetyRules.AdviceBeforeSession(new PainScore(6), [], history.Build(), history.Clock.GetUtcNow(), id => id), a => a.Kind == SafetyAdviceKind.RisingPainTrend);
    }
}
