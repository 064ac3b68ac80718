using Supple.Core.History;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Core.Tests.Safety;

namespace Supple.Core.Tests.Planning;

public sealed class TodaysSessionPlannerTests
{
    private static (Plan Plan, HistoryBuilder History) Setup()
    {
        var history = new HistoryBuilder();
        var plan = Answers.PlanFor(Answers.With(PainCause.Posture), history.PlanCreatedAt);
        return (plan, history);
    }

    private static HistoryBuilder CalmSessions(HistoryBuilder history, int count)
    {
        for (var i = 0; i < count; i++)
        {
            history.Session(3, 3, done: [.. ArticleProgramme.Instance.Stretches.Select(s => s.Id)]);
        }

        return history;
    }

    [Fact]
    public void A_new_plan_plays_every_stretch_gently_in_plan_order_without_advice()
    {
        var (plan, history) = Setup();

        var today = TodaysSessionPlanner.Build(ArticleProgramme.Instance, plan, history.Build(), new PainScore(3), history.Clock.GetUtcNow());

        Assert.Equal(plan.Stretches.Select(s => s.StretchId), today.Routine.Items.Select(i => i.StretchId));
        Assert.All(today.Routine.Items, i => Assert.Equal(DosageLevel.Gentle, i.Level));
        Assert.False(today.Gentle);
        Assert.Empty(today.Advice);
    }

    [Fact]
    public void Calm_sessions_raise_the_levels()
    {
        var (plan, history) = Setup();
        CalmSessions(history, SafetyRules.StepUpAfterCalmSessions);

        var today = TodaysSessionPlanner.Build(ArticleProgramme.Instance, plan, history.Build(), new PainScore(3), history.Clock.GetUtcNow());

        Assert.All(today.Routine.Items, i => Assert.Equal(DosageLevel.Standard, i.Level));
    }

    [Fact]
    public void High_pain_today_offers_a_gentle_session_with_the_advice()
    {
        var (plan, history) = Setup();
        CalmSessions(history, SafetyRules.StepUpAfterCalmSessions * 2);

        var today = TodaysSessionPlanner.Build(ArticleProgramme.Instance, plan, history.Build(), new PainScore(8), history.Clock.GetUtcNow());

        Assert.True(today.Gentle);
        Assert.All(today.Routine.Items, i => Assert.Equal(DosageLevel.Gentle, i.Level));
        Assert.All(today.Progress, p => Assert.Equal(DosageLevel.Full, p.Level));
        Assert.Contains(today.Advice, a => a.Kind == SafetyAdviceKind.HighPainBeforeSession);
    }

    [Fact]
    public void A_paused_stretch_is_left_out_of_today_with_advice_naming_it()
    {
        var (plan, history) = Setup();
        history.Session(3, 3, done: [], hurt: ["chest-opener"]).Session(3, 3, done: [], hurt: ["chest-opener"]);

        var today = TodaysSessionPlanner.Build(ArticleProgramme.Instance, plan, history.Build(), null, history.Clock.GetUtcNow());

        Assert.DoesNotContain(today.Routine.Items, i => i.StretchId == "chest-opener");
        Assert.Equal(plan.Stretches.Count - 1, today.Routine.Items.Count);
        var advice = Assert.Single(today.Advice);
        Assert.StartsWith("Chest opener stretch is paused", advice.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_naming_an_unknown_stretch_is_a_clear_error()
    {
        var (plan, history) = Setup();
        var broken = plan with { Stretches = [.. plan.Stretches, new PlannedStretch("headstand", StretchEmphasis.Focus, ["?"], null)] };

        var ex = Assert.Throws<InvalidOperationException>(() => TodaysSessionPlanner.Build(ArticleProgramme.Instance, broken, history.Build(), null, history.Clock.GetUtcNow()));
        Assert.Contains("headstand", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pain_before_sessions_and_check_ins_both_count_towards_the_trend()
    {
        var (plan, history) = Setup();
        history.Session(2, 2, then: TimeSpan.FromDays(4)).Reading(3, TimeSpan.FromDays(4)).Session(4, 4, then: TimeSpan.FromDays(4));

        var today = TodaysSessionPlanner.Build(ArticleProgramme.Instance, plan, history.Build(), new PainScore(5), history.Clock.GetUtcNow());

        Assert.Contains(today.Advice, a => a.Kind == SafetyAdviceKind.RisingPainTrend);
        Assert.False(today.Gentle);
    }

    [Fact]
    public void A_hurt_recorded_only_on_the_session_counts_for_the_pause()
    {
        var (plan, history) = Setup();
        var built = history.Build();
        var sessions = new[] { 0, 3 }.Select(day => new PracticeSession(
            Guid.NewGuid(), history.Clock.GetUtcNow().AddDays(day), null, DateOnly.FromDateTime(history.Clock.GetUtcNow().UtcDateTime), "built-in",
            DosageLevel.Gentle, SessionOutcome.StoppedForPain, SessionSource.Guided, null, null,
            new HurtReport("chest-opener", Supple.Core.Content.Side.None, history.Clock.GetUtcNow().AddDays(day)), [], null)).ToList();

        var today = TodaysSessionPlanner.Build(ArticleProgramme.Instance, plan, built with { Sessions = sessions }, null, history.Clock.GetUtcNow().AddDays(4));

        Assert.DoesNotContain(today.Routine.Items, i => i.StretchId == "chest-opener");
    }
}
