using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Core.Tests.Localization;

namespace Supple.Core.Tests.Safety;

public sealed class DosageRulesTests
{
    [Fact]
    public void Every_stretch_starts_at_the_low_end()
    {
        var progress = SafetyRules.Progress(HistoryBuilder.Stretches, new HistoryBuilder().PlanCreatedAt, SafetyHistory.Empty);

        Assert.All(progress, p => Assert.Equal(DosageLevel.Gentle, p.Level));
        Assert.All(progress, p => Assert.False(p.IsPaused));
    }

    [Fact]
    public void Steps_up_after_the_set_number_of_calm_sessions_and_not_before()
    {
        var history = new HistoryBuilder().Calm(SafetyRules.StepUpAfterCalmSessions - 1);
        Assert.Equal(DosageLevel.Gentle, history.ProgressOf(HistoryBuilder.Squeeze).Level);
        Assert.Equal(SafetyRules.StepUpAfterCalmSessions - 1, history.ProgressOf(HistoryBuilder.Squeeze).CalmSessions);

        history.Calm(1);
        var progress = history.ProgressOf(HistoryBuilder.Squeeze);
        Assert.Equal(DosageLevel.Standard, progress.Level);
        Assert.Equal(0, progress.CalmSessions);
        Assert.Contains("Stepped up", progress.LastChange, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_a_level_changed_is_said_in_the_readers_language_with_the_date_written_the_same_everywhere()
    {
        // Three calm sessions from 2 Nov step up on the 4th; a hurt on the 5th steps the squeeze down again; pain rising
        // by 3 on the 6th steps the opener down.
        var history = new HistoryBuilder().Calm(SafetyRules.StepUpAfterCalmSessions)
            .Session(3, 3, done: [HistoryBuilder.Opener, HistoryBuilder.Twist], hurt: [HistoryBuilder.Squeeze])
            .Session(2, 5, done: [HistoryBuilder.Opener]);

        using (new UiCulture("en"))
        {
            Assert.Equal("Stepped up on 2026-11-04: 3 sessions in a row with no rise in pain.", history.ProgressOf(HistoryBuilder.Twist).LastChange);
            Assert.Equal("Stepped down on 2026-11-05: it hurt during the session.", history.ProgressOf(HistoryBuilder.Squeeze).LastChange);
            Assert.Equal("Stepped down on 2026-11-06: pain rose by 3 during the session.", history.ProgressOf(HistoryBuilder.Opener).LastChange);
        }

        using (new UiCulture("de"))
        {
            Assert.Equal("Am 2026-11-04 eine Stufe höher: 3 Einheiten in Folge ohne Anstieg der Schmerzen.", history.ProgressOf(HistoryBuilder.Twist).LastChange);
            Assert.Equal("Am 2026-11-05 eine Stufe zurück: Es hat während der Einheit wehgetan.", history.ProgressOf(HistoryBuilder.Squeeze).LastChange);
        }
    }

    [Fact]
    public void Never_goes_above_the_top_of_the_range()
    {
        var history = new HistoryBuilder().Calm(SafetyRules.StepUpAfterCalmSessions * 2);
        Assert.Equal(DosageLevel.Full, history.ProgressOf(HistoryBuilder.Squeeze).Level);

        history.Calm(SafetyRules.StepUpAfterCalmSessions * 5);
        Assert.Equal(DosageLevel.Full, history.ProgressOf(HistoryBuilder.Squeeze).Level);
        Assert.Equal(DosageLevel.Full, SafetyRules.StepUp(DosageLevel.Full));
    }

    [Fact]
    public void Never_goes_below_the_bottom_of_the_range()
    {
        var history = new HistoryBuilder().Session(2, 6).Session(2, 6);

        Assert.Equal(DosageLevel.Gentle, history.ProgressOf(HistoryBuilder.Squeeze).Level);
        Assert.Equal(DosageLevel.Gentle, SafetyRules.StepDown(DosageLevel.Gentle));
    }

    [Fact]
    public void A_rise_of_one_starts_the_count_again()
    {
        var history = new HistoryBuilder().Calm(2).Session(3, 4).Calm(2);
        Assert.Equal(DosageLevel.Gentle, history.ProgressOf(HistoryBuilder.Squeeze).Level);

        history.Calm(1);
        Assert.Equal(DosageLevel.Standard, history.ProgressOf(HistoryBuilder.Squeeze).Level);
    }

    [Fact]
    public void Less_pain_after_counts_as_calm()
    {
        var history = new HistoryBuilder().Session(5, 3).Session(5, 2).Session(4, 4);

        Assert.Equal(DosageLevel.Standard, history.ProgressOf(HistoryBuilder.Squeeze).Level);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(1, false)]
    public void A_session_whose_pain_rose_by_two_or_more_steps_down(int rise, bool stepsDown)
    {
        var history = new HistoryBuilder().Calm(SafetyRules.StepUpAfterCalmSessions * 2).Session(3, 3 + rise);

        var progress = history.ProgressOf(HistoryBuilder.Squeeze);
        Assert.Equal(stepsDown ? DosageLevel.Standard : DosageLevel.Full, progress.Level);
        if (stepsDown)
        {
            Assert.Contains($"pain rose by {rise}", progress.LastChange, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_step_down_applies_only_to_stretches_done_in_that_session()
    {
        var history = new HistoryBuilder().Calm(SafetyRules.StepUpAfterCalmSessions).Session(2, 5, done: [HistoryBuilder.Squeeze]);

        Assert.Equal(DosageLevel.Gentle, history.ProgressOf(HistoryBuilder.Squeeze).Level);
        Assert.Equal(DosageLevel.Standard, history.ProgressOf(HistoryBuilder.Opener).Level);
    }

    [Fact]
    public void Sessions_without_both_pain_ratings_neither_count_nor_reset()
    {
        var history = new HistoryBuilder().Calm(2).Session(null, 3).Session(3, null).Session(null, null);
        Assert.Equal(DosageLevel.Gentle, history.ProgressOf(HistoryBuilder.Squeeze).Level);
        Assert.Equal(2, history.ProgressOf(HistoryBuilder.Squeeze).CalmSessions);

        history.Calm(1);
        Assert.Equal(DosageLevel.Standard, history.ProgressOf(HistoryBuilder.Squeeze).Level);
    }

    [Fact]
    public void A_stretch_that_hurt_steps_down_and_the_others_carry_on()
    {
        var history = new HistoryBuilder().Calm(SafetyRules.StepUpAfterCalmSessions)
            .Session(3, 3, done: [HistoryBuilder.Opener, HistoryBuilder.Twist], hurt: [HistoryBuilder.Squeeze]);

        var squeeze = history.ProgressOf(HistoryBuilder.Squeeze);
        Assert.Equal(DosageLevel.Gentle, squeeze.Level);
        Assert.Contains("it hurt", squeeze.LastChange, StringComparison.Ordinal);
        Assert.Equal(DosageLevel.Standard, history.ProgressOf(HistoryBuilder.Opener).Level);
        Assert.Equal(1, history.ProgressOf(HistoryBuilder.Opener).CalmSessions);
    }

    [Fact]
    public void A_skipped_stretch_does_not_count_towards_stepping_up()
    {
        var history = new HistoryBuilder()
            .Session(3, 3, done: [HistoryBuilder.Opener], skipped: [HistoryBuilder.Squeeze])
            .Session(3, 3, done: [HistoryBuilder.Opener], skipped: [HistoryBuilder.Squeeze])
            .Session(3, 3, done: [HistoryBuilder.Opener], skipped: [HistoryBuilder.Squeeze]);

        Assert.Equal(DosageLevel.Gentle, history.ProgressOf(HistoryBuilder.Squeeze).Level);
        Assert.Equal(DosageLevel.Standard, history.ProgressOf(HistoryBuilder.Opener).Level);
    }

    [Fact]
    public void Sessions_before_the_plan_was_made_do_not_move_the_level()
    {
        var history = new HistoryBuilder().Calm(SafetyRules.StepUpAfterCalmSessions * 2);
        history.PlanCreatedAt = history.Clock.GetUtcNow();

        Assert.Equal(DosageLevel.Gentle, history.ProgressOf(HistoryBuilder.Squeeze).Level);
    }
}
