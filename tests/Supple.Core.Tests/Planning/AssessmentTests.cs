using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Core.Tests.Planning;

public sealed class AssessmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<RedFlag> EveryRedFlag() => [.. Enum.GetValues<RedFlag>()];

    [Theory]
    [MemberData(nameof(EveryRedFlag))]
    public void Each_red_flag_alone_means_no_routine_and_see_a_doctor_first(RedFlag flag)
    {
        var outcome = Assessment.Evaluate(ArticleProgramme.Instance, Answers.WithFlags(flag) with { PoorPosture = true }, Now);

        var doctor = Assert.IsType<SeeDoctorFirst>(outcome);
        var info = Assert.Single(doctor.RedFlags);
        Assert.Equal(flag, info.Flag);
        Assert.Equal(RedFlags.Get(flag).Urgency, doctor.Urgency);
        Assert.Contains(RedFlags.Get(flag).Explanation, doctor.Reasons);
        Assert.Contains("No routine is offered", doctor.Message, StringComparison.Ordinal);
        var howSoon = doctor.Urgency switch
        {
            RedFlagUrgency.Emergency => "emergency",
            RedFlagUrgency.SameDay => "today",
            _ => "as soon as you can",
        };
        Assert.Contains(howSoon, doctor.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_red_flags_are_all_listed_most_urgent_first()
    {
        var outcome = Assessment.Evaluate(ArticleProgramme.Instance, Answers.WithFlags(RedFlag.Fever, RedFlag.ChestPainOrBreathlessness, RedFlag.HistoryOfCancer), Now);

        var doctor = Assert.IsType<SeeDoctorFirst>(outcome);
        Assert.Equal([RedFlag.ChestPainOrBreathlessness, RedFlag.Fever, RedFlag.HistoryOfCancer], doctor.RedFlags.Select(f => f.Flag));
        Assert.Equal(RedFlagUrgency.Emergency, doctor.Urgency);
    }

    [Fact]
    public void A_recent_injury_means_medical_care_first_as_the_article_says()
    {
        var outcome = Assessment.Evaluate(ArticleProgramme.Instance, Answers.With(PainCause.InjuryOrTrauma), Now);

        var doctor = Assert.IsType<SeeDoctorFirst>(outcome);
        Assert.True(doctor.RecentInjury);
        Assert.Empty(doctor.RedFlags);
        Assert.Contains(Assessment.InjuryAdvice, doctor.Reasons);
        Assert.Contains("rehabilitation", Assessment.InjuryAdvice, StringComparison.Ordinal);
    }

    [Fact]
    public void No_causes_gives_every_stretch_as_supporting_with_what_it_does()
    {
        var plan = Answers.PlanFor(Answers.None);

        Assert.Equal(7, plan.Stretches.Count);
        Assert.All(plan.Stretches, s => Assert.Equal(StretchEmphasis.Supporting, s.Emphasis));
        var squeeze = plan.Stretches.Single(s => s.StretchId == "shoulder-blade-squeeze");
        Assert.Equal(["Part of the daily programme: Opens the chest, helps posture and eases upper-back stiffness."], squeeze.Why);
        Assert.Empty(plan.Omitted);
        Assert.False(plan.SuggestDeskBreaks);
    }

    public static TheoryData<PainCause, string[]> CauseTargets() => new()
    {
        { PainCause.Posture, ["shoulder-blade-squeeze", "chest-opener", "thoracic-extension"] },
        { PainCause.Sedentary, ["shoulder-blade-squeeze", "cat-camel", "seated-twist"] },
        { PainCause.RepetitiveStrain, ["upper-trapezius-stretch", "cat-camel", "seated-twist"] },
        { PainCause.AgeRelated, ["cat-camel", "thoracic-extension", "seated-twist"] },
        { PainCause.EmotionalStress, ["childs-pose", "upper-trapezius-stretch", "chest-opener"] },
    };

    [Theory]
    [MemberData(nameof(CauseTargets))]
    public void Each_cause_focuses_the_stretches_that_answer_it(PainCause cause, string[] expectedFocus)
    {
        var plan = Answers.PlanFor(Answers.With(cause));

        Assert.Equal([cause], plan.Causes);
        var focus = plan.Stretches.Where(s => s.Emphasis == StretchEmphasis.Focus).Select(s => s.StretchId).Order();
        Assert.Equal(expectedFocus.Order(), focus);
        Assert.All(plan.Stretches.Where(s => s.Emphasis == StretchEmphasis.Focus), s => Assert.NotEmpty(s.Why));
    }

    [Fact]
    public void Desk_posture_explains_each_choice_and_suggests_desk_breaks()
    {
        var plan = Answers.PlanFor(Answers.None with { PoorPosture = true, ScreenHoursPerDay = 8 });

        Assert.Equal([PainCause.Posture, PainCause.Sedentary], plan.Causes);
        Assert.True(plan.SuggestDeskBreaks);
        var squeeze = plan.Stretches.Single(s => s.StretchId == "shoulder-blade-squeeze");
        Assert.Equal(2, squeeze.Why.Count);
        Assert.StartsWith("Posture:", squeeze.Why[0], StringComparison.Ordinal);
        Assert.StartsWith("Long hours sitting:", squeeze.Why[1], StringComparison.Ordinal);
        Assert.Contains("forward-rounded", plan.Stretches.Single(s => s.StretchId == "chest-opener").Why[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_hours_below_the_threshold_are_not_a_sedentary_day()
    {
        Assert.Empty(Answers.PlanFor(Answers.None with { ScreenHoursPerDay = AssessmentAnswers.SedentaryScreenHours - 1 }).Causes);
        Assert.Equal([PainCause.Sedentary], Answers.PlanFor(Answers.None with { ScreenHoursPerDay = AssessmentAnswers.SedentaryScreenHours }).Causes);
    }

    [Fact]
    public void Stress_puts_childs_pose_last_with_its_breathing_cue()
    {
        var plan = Answers.PlanFor(Answers.With(PainCause.EmotionalStress));

        var last = plan.Stretches[^1];
        Assert.Equal("childs-pose", last.StretchId);
        Assert.Equal(StretchEmphasis.Focus, last.Emphasis);
        Assert.Contains("slow, deep breaths", last.Why[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Order_is_upright_then_chair_then_floor_with_focus_first_in_each_block()
    {
        var plan = Answers.PlanFor(Answers.With(PainCause.Posture));

        Assert.Equal(
            ["shoulder-blade-squeeze", "chest-opener", "upper-trapezius-stretch", "seated-twist", "thoracic-extension", "cat-camel", "childs-pose"],
            plan.Stretches.Select(s => s.StretchId));
    }

    [Fact]
    public void A_rolled_towel_stands_in_for_a_missing_foam_roller()
    {
        var plan = Answers.PlanFor(Answers.None with { Props = [Prop.Chair, Prop.RolledTowel, Prop.FloorSpace] });

        var thoracic = plan.Stretches.Single(s => s.StretchId == "thoracic-extension");
        Assert.Equal("Use a rolled-up towel in place of a foam roller: the stretch works with either.", thoracic.PropNote);
        Assert.Null(plan.Stretches.Single(s => s.StretchId == "cat-camel").PropNote);
    }

    [Fact]
    public void With_a_foam_roller_there_is_no_substitution_note()
    {
        var plan = Answers.PlanFor(Answers.None);

        Assert.All(plan.Stretches, s => Assert.Null(s.PropNote));
    }

    [Fact]
    public void Without_roller_or_towel_thoracic_extension_is_left_out_and_the_squeeze_takes_over_its_job()
    {
        var plan = Answers.PlanFor(Answers.With(PainCause.AgeRelated) with { Props = [Prop.Chair, Prop.FloorSpace] });

        var omitted = Assert.Single(plan.Omitted);
        Assert.Equal("thoracic-extension", omitted.StretchId);
        Assert.Equal("shoulder-blade-squeeze", omitted.ReplacedBy);
        Assert.Contains("a foam roller or a rolled-up towel", omitted.Why, StringComparison.Ordinal);
        Assert.StartsWith("It needs ", omitted.Why, StringComparison.Ordinal); // shown under a "Left out" heading
        var squeeze = plan.Stretches.Single(s => s.StretchId == "shoulder-blade-squeeze");
        Assert.Equal(StretchEmphasis.Focus, squeeze.Emphasis);
        Assert.Contains(squeeze.Why, w => w.StartsWith("In place of Thoracic extension stretch: stiffness with age", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_floor_space_the_floor_stretches_are_left_out_and_swapped_where_possible()
    {
        var plan = Answers.PlanFor(Answers.With(PainCause.EmotionalStress) with { Props = [Prop.Chair, Prop.FoamRoller] });

        Assert.Equal(["cat-camel", "thoracic-extension", "childs-pose"], plan.Omitted.Select(o => o.StretchId));
        Assert.All(plan.Omitted, o => Assert.Contains("room on the floor", o.Why, StringComparison.Ordinal));
        Assert.Equal("seated-twist", plan.Omitted[0].ReplacedBy);
        Assert.Equal("shoulder-blade-squeeze", plan.Omitted[1].ReplacedBy);
        Assert.Equal("upper-trapezius-stretch", plan.Omitted[2].ReplacedBy);
        var trapezius = plan.Stretches.Single(s => s.StretchId == "upper-trapezius-stretch");
        Assert.Contains(trapezius.Why, w => w.StartsWith("In place of Child's pose: stress", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Stretches, s => s.StretchId is "cat-camel" or "thoracic-extension" or "childs-pose");
    }

    [Fact]
    public void Without_a_chair_the_seated_twist_is_left_out_and_cat_camel_takes_over()
    {
        var plan = Answers.PlanFor(Answers.With(PainCause.Sedentary) with { Props = [Prop.FloorSpace, Prop.RolledTowel] });

        var omitted = Assert.Single(plan.Omitted);
        Assert.Equal("seated-twist", omitted.StretchId);
        Assert.Contains("a chair", omitted.Why, StringComparison.Ordinal);
        Assert.Equal("cat-camel", omitted.ReplacedBy);
    }

    [Fact]
    public void With_nothing_at_all_only_the_upright_stretches_remain()
    {
        var plan = Answers.PlanFor(Answers.None with { Props = [] });

        Assert.Equal(["shoulder-blade-squeeze", "upper-trapezius-stretch", "chest-opener"], plan.Stretches.Select(s => s.StretchId));
        Assert.Equal(4, plan.Omitted.Count);
        Assert.Null(plan.Omitted.Single(o => o.StretchId == "cat-camel").ReplacedBy);
    }

    [Fact]
    public void A_new_plan_starts_every_stretch_at_the_low_end_of_its_ranges()
    {
        var plan = Answers.PlanFor(Answers.With(PainCause.Posture));

        var routine = plan.ToRoutine([], gentle: false);

        Assert.Equal(plan.Stretches.Select(s => s.StretchId), routine.Items.Select(i => i.StretchId));
        Assert.All(routine.Items, i => Assert.Equal(DosageLevel.Gentle, i.Level));
        Assert.All(routine.Items, i => Assert.Null(i.Explicit));
    }

    [Fact]
    public void Answers_out_of_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Assessment.Evaluate(ArticleProgramme.Instance, Answers.None with { ScreenHoursPerDay = 25 }, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => Assessment.Evaluate(ArticleProgramme.Instance, Answers.None with { ScreenHoursPerDay = -1 }, Now));
    }

    [Fact]
    public void Floor_and_chair_needs_are_implied_by_position_when_not_listed()
    {
        var catCamel = ArticleProgramme.Instance.FindStretch("cat-camel")!;
        var thoracic = ArticleProgramme.Instance.FindStretch("thoracic-extension")!;

        Assert.Equal([Prop.FloorSpace], Assert.Single(Assessment.Requirements(catCamel)).AnyOf);
        Assert.Equal(2, Assessment.Requirements(thoracic).Count);
    }
}
