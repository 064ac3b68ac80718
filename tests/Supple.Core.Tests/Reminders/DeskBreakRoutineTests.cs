using Supple.Core.Reminders;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Core.Tests.Planning;

namespace Supple.Core.Tests.Reminders;

public sealed class DeskBreakRoutineTests
{
    [Fact]
    public void Without_a_plan_the_break_is_the_squeeze_and_the_chest_opener_at_the_low_end()
    {
        var routine = DeskBreakRoutine.Choose(ArticleProgramme.Instance, null, null);

        Assert.Equal(["shoulder-blade-squeeze", "chest-opener"], routine.Items.Select(i => i.StretchId));
        Assert.All(routine.Items, i => Assert.Equal(DosageLevel.Gentle, i.Level));
    }

    [Fact]
    public void A_paused_stretch_is_never_offered_at_a_break()
    {
        var paused = new DosageProgress("shoulder-blade-squeeze", DosageLevel.Gentle, 0, DateTimeOffset.UnixEpoch, null);

        var routine = DeskBreakRoutine.Choose(ArticleProgramme.Instance, null, [paused]);

        Assert.Equal(["chest-opener", "upper-trapezius-stretch"], routine.Items.Select(i => i.StretchId));
    }

    [Fact]
    public void Only_stretches_of_the_plan_that_need_nothing_are_used()
    {
        var plan = Answers.PlanFor(Answers.None);
        plan = plan with { Stretches = [.. plan.Stretches.Where(s => s.StretchId is not "chest-opener")] };

        var routine = DeskBreakRoutine.Choose(ArticleProgramme.Instance, plan, null);

        Assert.Equal(["shoulder-blade-squeeze", "upper-trapezius-stretch"], routine.Items.Select(i => i.StretchId));
    }

    [Fact]
    public void The_calendar_event_lists_the_stretches_in_order_with_the_stop_rule()
    {
        string[] names = ["Upper trapezius stretch", "Chest opener stretch", "Shoulder blade squeeze", "Seated twist"];

        var e = DailyPracticeEvent.For(names, fromPlan: true, new TimeOnly(8, 30), TimeSpan.FromMinutes(9));

        Assert.Equal("Supple: today's stretches", e.Summary);
        Assert.StartsWith("Today's stretches from your plan:\n1. Upper trapezius stretch\n2. Chest opener stretch\n3. Shoulder blade squeeze\n4. Seated twist\n", e.Description, StringComparison.Ordinal);
        Assert.Contains(SafetyMessages.StopRule, e.Description, StringComparison.Ordinal);
        Assert.Contains("excruciatingly painful", e.Description, StringComparison.Ordinal);
        Assert.Equal(new TimeOnly(8, 30), e.At);
        Assert.Throws<ArgumentOutOfRangeException>(() => DailyPracticeEvent.For(names, fromPlan: true, new TimeOnly(8, 30), TimeSpan.Zero));
    }
}
