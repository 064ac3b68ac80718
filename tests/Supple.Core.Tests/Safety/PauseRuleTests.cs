using Supple.Core.Safety;

namespace Supple.Core.Tests.Safety;

public sealed class PauseRuleTests
{
    [Fact]
    public void One_hurt_does_not_pause()
    {
        var history = new History().Session(3, 3, hurt: [History.Squeeze]);

        Assert.False(history.ProgressOf(History.Squeeze).IsPaused);
    }

    [Fact]
    public void Hurting_twice_within_seven_days_pauses_that_stretch_only()
    {
        var history = new History()
            .Session(3, 3, hurt: [History.Squeeze], then: TimeSpan.FromDays(6))
            .Session(3, 3, hurt: [History.Squeeze]);

        var squeeze = history.ProgressOf(History.Squeeze);
        Assert.True(squeeze.IsPaused);
        Assert.Equal(history.Clock.GetUtcNow() - TimeSpan.FromDays(1), squeeze.PausedSince);
        Assert.False(history.ProgressOf(History.Opener).IsPaused);
    }

    [Fact]
    public void Exactly_seven_days_apart_still_pauses()
    {
        var history = new History()
            .Session(3, 3, hurt: [History.Squeeze], then: SafetyRules.HurtWindow)
            .Session(3, 3, hurt: [History.Squeeze]);

        Assert.True(history.ProgressOf(History.Squeeze).IsPaused);
    }

    [Fact]
    public void Hurting_twice_more_than_seven_days_apart_does_not_pause()
    {
        var history = new History()
            .Session(3, 3, hurt: [History.Squeeze], then: SafetyRules.HurtWindow + TimeSpan.FromMinutes(1))
            .Session(3, 3, hurt: [History.Squeeze]);

        Assert.False(history.ProgressOf(History.Squeeze).IsPaused);
    }

    [Fact]
    public void Both_sides_hurting_in_one_session_count_once()
    {
        var history = new History().Session(3, 3, done: [], hurt: [History.Twist, History.Twist]);

        Assert.False(history.ProgressOf(History.Twist).IsPaused);
    }

    [Fact]
    public void A_pause_lasts_until_the_person_resumes_the_stretch()
    {
        var history = new History()
            .Session(3, 3, hurt: [History.Squeeze])
            .Session(3, 3, hurt: [History.Squeeze])
            .Calm(20);
        Assert.True(history.ProgressOf(History.Squeeze).IsPaused);

        history.Resume(History.Squeeze);
        Assert.False(history.ProgressOf(History.Squeeze).IsPaused);

        history.Session(3, 3, hurt: [History.Squeeze]);
        Assert.False(history.ProgressOf(History.Squeeze).IsPaused);

        history.Session(3, 3, hurt: [History.Squeeze]);
        Assert.True(history.ProgressOf(History.Squeeze).IsPaused);
    }

    [Fact]
    public void Hurts_before_the_plan_was_made_still_pause()
    {
        var history = new History()
            .Session(3, 3, hurt: [History.Squeeze])
            .Session(3, 3, hurt: [History.Squeeze]);
        history.PlanCreatedAt = history.Clock.GetUtcNow();

        Assert.True(history.ProgressOf(History.Squeeze).IsPaused);
    }

    [Fact]
    public void A_paused_stretch_gets_advice_to_ask_a_professional()
    {
        var history = new History()
            .Session(3, 3, hurt: [History.Squeeze])
            .Session(3, 3, hurt: [History.Squeeze]);
        var progress = SafetyRules.Progress(History.Stretches, history.PlanCreatedAt, history.Build());

        var advice = Assert.Single(SafetyRules.AdviceBeforeSession(null, progress, history.Build(), history.Clock.GetUtcNow(), id => id.ToUpperInvariant()));

        Assert.Equal(SafetyAdviceKind.StretchPaused, advice.Kind);
        Assert.Equal(History.Squeeze, advice.StretchId);
        Assert.Contains("SHOULDER-BLADE-SQUEEZE hurt twice within 7 days", advice.Message, StringComparison.Ordinal);
        Assert.Contains("doctor or physiotherapist", advice.Message, StringComparison.Ordinal);
    }
}
