using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;
using Supple.Core.Statistics;

namespace Supple.Core.Tests.Statistics;

/// <summary>
/// The summary rule on its own: each case states the write and the increments worked out by hand from the rule as
/// docs/DATA.md words it (never by calling other statistics code).
/// </summary>
public sealed class SummaryRuleTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static StretchRecord Done(string id, Side side = Side.None) => new(id, side, 2, 1, 40, Skipped: false, Hurt: false);

    private static StretchRecord Skipped(string id) => new(id, Side.None, 0, 0, 0, Skipped: true, Hurt: false);

    private static StretchRecord Partial(string id, bool hurt = false) => new(id, Side.None, 1, 0, 12, Skipped: false, Hurt: hurt, Partial: true);

    [Fact]
    public void Starting_a_guided_session_counts_one_session_on_its_day_and_nothing_else()
    {
        var change = SummaryRule.Of(SessionChange.Started(Day));
        Assert.Equal(new PracticeTotals(1, 0, 0, 0, 0, 0), change.Totals);
        Assert.Equal(1, change.DaySessions);
        Assert.False(change.BecomesPractised);
        Assert.Empty(change.Tallies);
    }

    [Fact]
    public void The_first_stretch_done_makes_the_session_practice_and_a_later_one_does_not_again()
    {
        var first = SummaryRule.Of(SessionChange.Recorded(Day, SessionSource.Guided, alreadyPractised: false, [Done("cat-camel")]));
        Assert.True(first.BecomesPractised);
        Assert.Equal(0, first.DaySessions);
        Assert.Equal(PracticeTotals.Empty, first.Totals);
        Assert.Equal([new StretchTally("cat-camel", 1, 0, 0)], first.Tallies);

        var second = SummaryRule.Of(SessionChange.Recorded(Day, SessionSource.Guided, alreadyPractised: true, [Done("child-pose")]));
        Assert.False(second.BecomesPractised);
        Assert.Equal([new StretchTally("child-pose", 1, 0, 0)], second.Tallies);
    }

    [Fact]
    public void A_stretch_cut_short_is_neither_done_nor_skipped_and_makes_no_practised_day()
    {
        var change = SummaryRule.Of(SessionChange.Recorded(Day, SessionSource.Guided, alreadyPractised: false, [Partial("childs-pose")]));
        Assert.False(change.BecomesPractised);
        Assert.Equal([new StretchTally("childs-pose", 0, 0, 0)], change.Tallies);
    }

    [Fact]
    public void A_stretch_that_hurt_counts_its_hurt_but_not_as_done()
    {
        var change = SummaryRule.Of(SessionChange.Recorded(Day, SessionSource.Guided, alreadyPractised: false, [Partial("seated-twist", hurt: true)]));
        Assert.False(change.BecomesPractised);
        Assert.Equal([new StretchTally("seated-twist", 0, 0, 1)], change.Tallies);
    }

    [Fact]
    public void A_skipped_stretch_counts_as_skipped_and_makes_no_practised_day()
    {
        var change = SummaryRule.Of(SessionChange.Recorded(Day, SessionSource.DeskBreak, alreadyPractised: false, [Skipped("chest-opener")]));
        Assert.False(change.BecomesPractised);
        Assert.Equal([new StretchTally("chest-opener", 0, 1, 0)], change.Tallies);
    }

    [Fact]
    public void Both_sides_of_a_stretch_add_to_one_tally()
    {
        var change = SummaryRule.Of(SessionChange.Recorded(Day, SessionSource.Guided, false, [Done("upper-trapezius-stretch", Side.Right), Done("upper-trapezius-stretch", Side.Left), Skipped("cat-camel")]));
        Assert.Equal([new StretchTally("upper-trapezius-stretch", 2, 0, 0), new StretchTally("cat-camel", 0, 1, 0)], change.Tallies);
    }

    [Fact]
    public void Ending_completed_with_both_pain_scores_counts_the_outcome_and_the_pair()
    {
        var change = SummaryRule.Of(SessionChange.Ended(Day, SessionSource.Guided, alreadyPractised: true, SessionOutcome.Completed, painBefore: 6, painAfter: 3));
        Assert.Equal(new PracticeTotals(0, 1, 0, 1, 6, 3), change.Totals);
        Assert.Equal(0, change.DaySessions);
        Assert.False(change.BecomesPractised);
    }

    [Fact]
    public void Ending_stopped_for_pain_without_a_score_after_counts_the_stop_and_no_pair()
    {
        var change = SummaryRule.Of(SessionChange.Ended(Day, SessionSource.Guided, alreadyPractised: false, SessionOutcome.StoppedForPain, painBefore: 7, painAfter: null));
        Assert.Equal(new PracticeTotals(0, 0, 1, 0, 0, 0), change.Totals);
    }

    [Fact]
    public void Ending_abandoned_counts_neither_completed_nor_stopped()
    {
        var change = SummaryRule.Of(SessionChange.Ended(Day, SessionSource.Guided, alreadyPractised: false, SessionOutcome.Abandoned, painBefore: 4, painAfter: 4));
        Assert.Equal(new PracticeTotals(0, 0, 0, 1, 4, 4), change.Totals);
    }

    [Fact]
    public void A_logged_session_without_stretches_is_practice_and_completed()
    {
        var change = SummaryRule.Of(SessionChange.Whole(Day, SessionSource.Logged, [], SessionOutcome.Completed, painBefore: 4, painAfter: 2));
        Assert.Equal(new PracticeTotals(1, 1, 0, 1, 4, 2), change.Totals);
        Assert.Equal(1, change.DaySessions);
        Assert.True(change.BecomesPractised);
        Assert.Empty(change.Tallies);
    }

    [Fact]
    public void A_whole_session_that_never_finished_adds_no_outcome_and_no_pair()
    {
        var change = SummaryRule.Of(SessionChange.Whole(Day, SessionSource.Guided, [Done("cat-camel"), Partial("childs-pose")], outcome: null, painBefore: 5, painAfter: 3));
        Assert.Equal(new PracticeTotals(1, 0, 0, 0, 0, 0), change.Totals);
        Assert.True(change.BecomesPractised);
        Assert.Equal([new StretchTally("cat-camel", 1, 0, 0), new StretchTally("childs-pose", 0, 0, 0)], change.Tallies);
    }

    [Fact]
    public void A_desk_break_cut_short_is_a_session_but_not_practice()
    {
        var change = SummaryRule.Of(SessionChange.Whole(Day, SessionSource.DeskBreak, [Partial("shoulder-blade-squeeze")], SessionOutcome.Abandoned, null, null));
        Assert.Equal(new PracticeTotals(1, 0, 0, 0, 0, 0), change.Totals);
        Assert.False(change.BecomesPractised);
    }

    [Theory]
    // Runs are written start..end (inclusive), longest; the day gains its first practising session unless said.
    [InlineData("2026-03-01..2026-03-03/3", "2026-03-04", 0, "2026-03-01..2026-03-04/4")] // the next day extends the run
    [InlineData("2026-03-01..2026-03-03/5", "2026-03-03", 0, "2026-03-01..2026-03-03/5")] // a day inside the run changes nothing
    [InlineData("2026-03-01..2026-03-03/3", "2026-03-06", 0, "2026-03-06..2026-03-06/3")] // a gap starts a new run; the longest stays
    [InlineData("2026-03-01..2026-03-03/3", "2026-03-03", 2, "2026-03-01..2026-03-03/3")] // already practised that day
    [InlineData("..", "2026-03-04", 0, "2026-03-04..2026-03-04/1")] // the very first practised day
    public void The_streak_after_a_newly_practised_day(string before, string day, int practisedBefore, string after)
    {
        Assert.Equal(Streak(after), SummaryRule.StreakAfter(Streak(before), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), practisedBefore));
    }

    [Fact]
    public void A_day_before_the_latest_run_asks_for_a_recompute()
    {
        Assert.Null(SummaryRule.StreakAfter(Streak("2026-03-05..2026-03-07/3"), new DateOnly(2026, 3, 2), 0));
        Assert.Null(SummaryRule.StreakAfter(Streak("2026-03-05..2026-03-07/3"), new DateOnly(2026, 3, 4), 0));
    }

    [Fact]
    public void Increments_add_up_field_by_field()
    {
        Assert.Equal(new PracticeTotals(3, 2, 1, 2, 11, 7), SummaryRule.Add(new PracticeTotals(1, 1, 0, 1, 6, 3), new PracticeTotals(2, 1, 1, 1, 5, 4)));
    }

    private static StreakState Streak(string text)
    {
        if (text == "..")
        {
            return StreakState.Empty;
        }

        var (range, longest) = (text.Split('/')[0], int.Parse(text.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture));
        var days = range.Split("..");
        return new StreakState(DateOnly.Parse(days[0], System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(days[1], System.Globalization.CultureInfo.InvariantCulture), longest);
    }
}
