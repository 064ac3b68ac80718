using Supple.Core.Safety;

namespace Supple.Core.Tests.Safety;

public sealed class PauseRuleTests
{
    [Fact]
    public void One_hurt_does_not_pause()
    {
        var history = new HistoryBuilder().Session(3, 3, hurt: [HistoryBuilder.Squeeze]);

        Assert.False(history.ProgressOf(HistoryBuilder.Squeeze).IsPaused);
    }

    [Fact]
    public void Hurting_twice_within_seven_days_pauses_that_stretch_only()
    {
        var history = new HistoryBuilder()
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze], then: TimeSpan.FromDays(6))
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze]);

        var squeeze = history.ProgressOf(HistoryBuilder.Squeeze);
        Assert.True(squeeze.IsPaused);
        Assert.Equal(history.Clock.GetUtcNow() - TimeSpan.FromDays(1), squeeze.PausedSince);
        Assert.False(history.ProgressOf(HistoryBuilder.Opener).IsPaused);
    }

    [Fact]
    public void Exactly_seven_days_apart_still_pauses()
    {
        var history = new HistoryBuilder()
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze], then: SafetyRules.HurtWindow)
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze]);

        Assert.True(history.ProgressOf(HistoryBuilder.Squeeze).IsPaused);
    }

    [Fact]
    public void Hurting_twice_more_than_seven_days_apart_does_not_pause()
    {
        var history = new HistoryBuilder()
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze], then: SafetyRules.HurtWindow + TimeSpan.FromMinutes(1))
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze]);

        Assert.False(history.ProgressOf(HistoryBuilder.Squeeze).IsPaused);
    }

    [Fact]
    public void Both_sides_hurting_in_one_session_count_once()
    {
        var history = new HistoryBuilder().Session(3, 3, done: [], hurt: [HistoryBuilder.Twist, HistoryBuilder.Twist]);

        Assert.False(history.ProgressOf(HistoryBuilder.Twist).IsPaused);
    }

    [Fact]
    public void A_pause_lasts_until_the_person_resumes_the_stretch()
    {
        var history = new HistoryBuilder()
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze])
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze])
            .Calm(20);
        Assert.True(history.ProgressOf(HistoryBuilder.Squeeze).IsPaused);

        history.Resume(HistoryBuilder.Squeeze);
        Assert.False(history.ProgressOf(HistoryBuilder.Squeeze).IsPaused);

        history.Session(3, 3, hurt: [HistoryBuilder.Squeeze]);
        Assert.False(history.ProgressOf(HistoryBuilder.Squeeze).IsPaused);

        history.Session(3, 3, hurt: [HistoryBuilder.Squeeze]);
        Assert.True(history.ProgressOf(HistoryBuilder.Squeeze).IsPaused);
    }

    [Fact]
    public void Hurts_before_the_plan_was_made_still_pause()
    {
        var history = new HistoryBuilder()
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze])
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze]);
        history.PlanCreatedAt = history.Clock.GetUtcNow();

        Assert.True(history.ProgressOf(HistoryBuilder.Squeeze).IsPaused);
    }

    [Fact]
    public void A_paused_stretch_gets_advice_to_ask_a_professional()
    {
        var history = new HistoryBuilder()
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze])
            .Session(3, 3, hurt: [HistoryBuilder.Squeeze]);
        var progress = SafetyRules.Progress(HistoryBuilder.Stretches, history.PlanCreatedAt, history.Build());

        var advice = Assert.Single(SafetyRules.AdviceBeforeSession(null, progress, history.Build(), history.Clock.GetUtcNow(), id => id.ToUpperInvariant()));

        Assert.Equal(SafetyAdviceKind.StretchPaused, advice.Kind);
        Assert.Equal(HistoryBuilder.Squeeze, advice.StretchId);
        Assert.Contains("SHOULDER-BLADE-SQUEEZE hurt twice within 7 days", advice.Message, StringComparison.Ordinal);
        Assert.Contains("doctor or physiotherapist", advice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pause_rule_works_from_bare_hurts_the_same_way()
    {
        var t0 = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        StretchHurt[] hurts = [new("chest-opener", t0), new("chest-opener", t0.AddDays(3)), new("seated-twist", t0.AddDays(1))];

        Assert.Equal(t0.AddDays(3), SafetyRules.PausedSince("chest-opener", hurts, []));
        Assert.Null(SafetyRules.PausedSince("seated-twist", hurts, []));
        Assert.Null(SafetyRules.PausedSince("chest-opener", hurts, [new StretchResumption("chest-opener", t0.AddDays(4))]));
        Assert.Null(SafetyRules.PausedSince("chest-opener", [hurts[0], hurts[0]], []));
    }

    [Fact]
    public void Hurts_come_from_stretch_records_and_the_sessions_hurt_report_once_per_session()
    {
        var history = new HistoryBuilder().Session(3, 3, hurt: [HistoryBuilder.Twist, HistoryBuilder.Twist]);

        var hurt = Assert.Single(SafetyRules.Hurts(history.Build().Sessions));
        Assert.Equal(HistoryBuilder.Twist, hurt.StretchId);
    }
}
