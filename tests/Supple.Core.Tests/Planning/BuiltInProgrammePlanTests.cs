using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Planning;
using Supple.Core.Reminders;
using Supple.Core.Sessions;
using Supple.Core.Tests.Safety;

namespace Supple.Core.Tests.Planning;

/// <summary>The planning and safety rules against the programme that ships with Supple, compiled by the real engine.</summary>
public sealed class BuiltInProgrammePlanTests
{
    private static Programme Programme => BuiltInProgramme.Instance;

    [Fact]
    public void The_built_in_programme_has_every_stretch_the_plan_rules_name()
    {
        foreach (var cause in Enum.GetValues<PainCause>())
        {
            Assert.All(StretchTargets.For(cause), t => Assert.NotNull(Programme.FindStretch(t.StretchId)));
        }
    }

    [Fact]
    public void Desk_posture_plan_of_the_built_in_programme_compiles_at_the_low_end()
    {
        var plan = Assessment.BuildPlan(Programme, Answers.With(PainCause.Posture), DateTimeOffset.UnixEpoch);

        var timeline = TimelineCompiler.Compile(Programme, plan.ToRoutine([], gentle: false));

        Assert.Equal(["shoulder-blade-squeeze", "chest-opener", "upper-trapezius-stretch", "seated-twist", "thoracic-extension", "cat-camel", "childs-pose"],
            timeline.Stretches.Select(s => s.StretchId));
        foreach (var stretch in timeline.Stretches)
        {
            var dosage = Programme.FindStretch(stretch.StretchId)!.Dosage;
            Assert.Equal(dosage.Hold?.Min, stretch.Dosage.HoldSeconds);
            Assert.Equal(dosage.Reps.Min, stretch.Dosage.Reps);
            Assert.Equal(dosage.Sets.Min, stretch.Dosage.Sets);
        }
    }

    [Fact]
    public void However_many_calm_sessions_the_dosage_never_leaves_the_articles_ranges()
    {
        var history = new HistoryBuilder();
        var plan = Assessment.BuildPlan(Programme, Answers.None, history.PlanCreatedAt);
        for (var i = 0; i < 30; i++)
        {
            history.Session(2, 1, done: [.. Programme.Stretches.Select(s => s.Id)]);
        }

        var today = TodaysSessionPlanner.Build(Programme, plan, history.Build(), new PainScore(2), history.Clock.GetUtcNow());
        var timeline = TimelineCompiler.Compile(Programme, today.Routine);

        Assert.All(today.Routine.Items, i => Assert.Equal(DosageLevel.Full, i.Level));
        foreach (var stretch in timeline.Stretches)
        {
            var dosage = Programme.FindStretch(stretch.StretchId)!.Dosage;
            Assert.Equal(dosage.Hold?.Max, stretch.Dosage.HoldSeconds);
            Assert.Equal(dosage.Reps.Max, stretch.Dosage.Reps);
            Assert.Equal(dosage.Sets.Max, stretch.Dosage.Sets);
        }
    }

    [Fact]
    public void A_desk_break_is_the_squeeze_and_chest_opener_in_about_two_minutes()
    {
        var routine = DeskBreakRoutine.Choose(Programme, null, null);

        var timeline = TimelineCompiler.Compile(Programme, routine);

        Assert.Equal(["shoulder-blade-squeeze", "chest-opener"], timeline.Stretches.Select(s => s.StretchId));
        Assert.InRange(timeline.TotalDuration, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(180));
    }
}
