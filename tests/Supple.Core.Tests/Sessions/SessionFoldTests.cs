using Supple.Core.Content;
using Supple.Core.Sessions;
using static Supple.Core.Tests.Sessions.ArticleProgramme;

namespace Supple.Core.Tests.Sessions;

/// <summary>
/// Step outcomes folded into records, as a server does with what a browser reports: each case is worked out by hand
/// from the timeline (see docs/ENGINE.md, "Records").
/// </summary>
public sealed class SessionFoldTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 7, 30, 0, TimeSpan.Zero);

    private static Timeline Compile(DosageLevel level, params string[] ids) =>
        TimelineCompiler.Compile(Instance, new Routine([.. ids.Select(id => new RoutineItem(id, level))]));

    private static StepOutcome Played(int step) => new(step, StepEnd.Played, TimeSpan.Zero, At);

    private static IEnumerable<StepOutcome> PlayedUpTo(int steps) => Enumerable.Range(0, steps).Select(Played);

    [Fact]
    public void Every_step_played_gives_reps_times_sets_as_done()
    {
        // Thoracic extension at full: 1 rep × 3 sets of 20 s. Steps: get into position, hold, rest, hold, rest, hold, done.
        var timeline = Compile(DosageLevel.Full, Thoracic);
        var fold = SessionFold.Replay(timeline, PlayedUpTo(timeline.Steps.Count));

        Assert.Equal(SessionOutcome.Completed, fold.Outcome);
        Assert.Equal(new StretchRecord(Thoracic, Side.None, 1, 3, 60, false, false), Assert.Single(fold.Records));
    }

    [Fact]
    public void A_hurt_while_getting_into_position_is_recorded_on_the_first_side()
    {
        // What the browser could not save before: "this hurts" before the first hold of a sided stretch.
        var timeline = Compile(DosageLevel.Gentle, Trapezius);
        var fold = new SessionFold(timeline);
        var folded = fold.Apply(new StepOutcome(0, StepEnd.Hurt, TimeSpan.FromSeconds(3), At.AddSeconds(3)));

        Assert.Equal(SessionOutcome.StoppedForPain, folded.Ended);
        Assert.Equal(new HurtReport(Trapezius, Side.Right, At.AddSeconds(3)), folded.Hurt);
        Assert.Equal([new StretchRecord(Trapezius, Side.Right, 0, 0, 0, false, true, Partial: true)], folded.Closed);
    }

    [Fact]
    public void A_stretch_closes_with_its_last_step_and_the_session_with_the_done_step()
    {
        // Chest opener at gentle: get into position, hold 15, release, hold 15, done (steps 0–4).
        var timeline = Compile(DosageLevel.Gentle, ChestOpener);
        var fold = new SessionFold(timeline);
        Assert.Empty(fold.Apply(Played(0)).Closed);
        Assert.Empty(fold.Apply(new StepOutcome(1, StepEnd.Skipped, TimeSpan.FromSeconds(6), At)).Closed);
        Assert.Empty(fold.Apply(Played(2)).Closed);
        var last = fold.Apply(Played(3));
        Assert.Equal([new StretchRecord(ChestOpener, Side.None, 1, 0, 21, true, false)], last.Closed);
        Assert.Null(last.Ended);
        Assert.Equal(4, last.NextStep);
        Assert.Equal(SessionOutcome.Completed, fold.Apply(Played(4)).Ended);
    }

    [Fact]
    public void Skipping_a_stretch_skips_the_rest_of_it_on_every_side()
    {
        var timeline = Compile(DosageLevel.Gentle, SeatedTwist, ChildsPose);
        var fold = new SessionFold(timeline);
        fold.Apply(Played(0));
        var folded = fold.Apply(new StepOutcome(1, StepEnd.SkippedStretch, TimeSpan.FromSeconds(4), At));

        Assert.Equal(
            [new StretchRecord(SeatedTwist, Side.Left, 0, 0, 4, true, false), new StretchRecord(SeatedTwist, Side.Right, 0, 0, 0, true, false)],
            folded.Closed);
        Assert.Equal(timeline.Stretches[1].FirstStep, folded.NextStep);
    }

    [Fact]
    public void Worked_time_is_kept_within_the_step_and_a_played_step_counts_whole()
    {
        var timeline = Compile(DosageLevel.Gentle, ChildsPose); // get into position 10 s, hold 30 s
        var fold = new SessionFold(timeline);
        fold.Apply(new StepOutcome(0, StepEnd.Played, TimeSpan.FromSeconds(2), At));
        var stopped = fold.Apply(new StepOutcome(1, StepEnd.Stopped, TimeSpan.FromHours(1), At));

        Assert.Equal(SessionOutcome.Abandoned, stopped.Ended);
        // Stopped at what would be past the end of the hold: 30 s held, but the hold did not end on its own.
        Assert.Equal([new StretchRecord(ChildsPose, Side.None, 0, 0, 30, false, false, Partial: true)], stopped.Closed);
    }

    [Fact]
    public void Steps_out_of_order_after_the_end_or_a_done_step_not_played_are_refused()
    {
        var timeline = Compile(DosageLevel.Gentle, ChestOpener);
        var fold = new SessionFold(timeline);
        Assert.Throws<ArgumentException>(() => fold.Apply(Played(1)));
        fold.Apply(Played(0));
        Assert.Throws<ArgumentException>(() => fold.Apply(Played(0)));
        fold.Apply(Played(1));
        fold.Apply(Played(2));
        fold.Apply(Played(3));
        Assert.Throws<ArgumentException>(() => fold.Apply(new StepOutcome(4, StepEnd.Stopped, TimeSpan.Zero, At)));
        fold.Apply(Played(4));
        Assert.Throws<ArgumentException>(() => fold.Apply(Played(5)));
        Assert.Equal(5, fold.NextStep);
    }

    [Fact]
    public void Folding_step_by_step_or_all_at_once_gives_the_same_records()
    {
        var timeline = Compile(DosageLevel.Standard, Squeeze, Trapezius, CatCamel);
        var random = new Random(5);
        var outcomes = new List<StepOutcome>();
        var fold = new SessionFold(timeline);
        var closedOneByOne = new List<StretchRecord>();
        while (fold.Outcome is null)
        {
            var step = timeline.Steps[fold.NextStep];
            var end = step.Kind == StepKind.Done ? StepEnd.Played : random.Next(12) switch { 0 => StepEnd.Skipped, 1 => StepEnd.SkippedStretch, _ => StepEnd.Played };
            var outcome = new StepOutcome(step.Index, end, step.Duration / 2, At + step.StartsAt);
            outcomes.Add(outcome);
            closedOneByOne.AddRange(fold.Apply(outcome).Closed);
        }

        var atOnce = SessionFold.Replay(timeline, outcomes);
        Assert.Equal(closedOneByOne, atOnce.Records);
        Assert.Equal(fold.Records, atOnce.Records);
        Assert.Equal(SessionOutcome.Completed, atOnce.Outcome);
    }
}
