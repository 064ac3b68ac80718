using Supple.Core.Content;
using Supple.Core.Sessions;
using static Supple.Core.Tests.Sessions.ArticleProgramme;

namespace Supple.Core.Tests.Sessions;

public sealed class SessionRunnerTests
{
    private static readonly DateTimeOffset Start = RunnerSession.Start;

    private static Timeline Compile(DosageLevel level, params string[] ids) =>
        TimelineCompiler.Compile(Instance, new Routine([.. ids.Select(id => new RoutineItem(id, level))]));

    private static DateTimeOffset At(double seconds) => Start + TimeSpan.FromSeconds(seconds);

    /// <summary>Get into position 4 s, hold 5 s, release 2 s, hold 5 s: small enough to write every event by hand.</summary>
    private static Timeline TinyTimeline()
    {
        var tiny = Instance.FindStretch(ChestOpener)! with
        {
            Id = "tiny",
            Dosage = new Dosage(CountRange.Exactly(5), CountRange.Exactly(2), CountRange.Exactly(1), SideOrder.None, null),
        };
        var programme = Instance with { Stretches = [tiny], Transitions = new Transitions(4, 2, 5, 10) };
        return TimelineCompiler.Compile(programme, new Routine([new RoutineItem("tiny", DosageLevel.Standard)]));
    }

    [Fact]
    public void Full_run_raises_every_event_in_order_at_its_exact_time()
    {
        var session = new RunnerSession(TinyTimeline());

        var result = session.RunToEnd();

        string[] expected =
        [
            "0 Started GetIntoPosition",
            "1 Second 3", "1 Countdown 3",
            "2 Second 2", "2 Countdown 2",
            "3 Second 1", "3 Countdown 1",
            "4 Second 0",
            "4 Completed GetIntoPosition",
            "4 Started Hold",
            "5 Second 4",
            "6 Second 3", "6 Countdown 3",
            "6.5 Halfway Hold",
            "7 Second 2", "7 Countdown 2",
            "8 Second 1", "8 Countdown 1",
            "9 Second 0",
            "9 Completed Hold",
            "9 Started Release",          // no countdown on a release
            "10 Second 1",
            "11 Second 0",
            "11 Completed Release",
            "11 Started Hold",
            "12 Second 4",
            "13 Second 3", "13 Countdown 3",
            "13.5 Halfway Hold",
            "14 Second 2", "14 Countdown 2",
            "15 Second 1", "15 Countdown 1",
            "16 Second 0",
            "16 Completed Hold",
            "16 StretchCompleted tiny/None",
            "16 Started Done",
            "16 Completed Done",
            "16 Ended Completed",
        ];
        Assert.Equal(expected, session.Transcript());
        Assert.Equal(new SessionResult(SessionOutcome.Completed, Start, At(16), result.Stretches, null), result);
        Assert.Equal(new StretchRecord("tiny", Side.None, 2, 1, 10, false, false), Assert.Single(result.Stretches));
        Assert.Same(result, Assert.IsType<SessionEnded>(session.Events[^1]).Result);
    }

    [Fact]
    public void Whole_routine_plays_every_step_at_its_compiled_offset()
    {
        var timeline = Compile(DosageLevel.Full, Ids);
        var session = new RunnerSession(timeline);

        var result = session.RunToEnd();

        Assert.Equal(SessionOutcome.Completed, result.Outcome);
        Assert.Equal(At(992), result.EndedAt);
        var started = session.Events.OfType<StepStarted>().ToList();
        Assert.Equal(timeline.Steps, started.Select(s => s.Step));
        Assert.All(started, s => Assert.Equal(Start + s.Step.StartsAt, s.At));
        Assert.Equal(timeline.Steps, session.Events.OfType<StepCompleted>().Select(s => s.Step));
        Assert.DoesNotContain(session.Events.OfType<StepCompleted>(), s => s.Skipped);
        Assert.Equal(992, session.Events.OfType<SecondElapsed>().Count());
        Assert.Equal((15 + 6 + 3 + 1 + 3 + 6) + 7, session.Events.OfType<CountdownCue>().Count() / 3); // holds + get-into-position
        Assert.Equal(15 + 6 + 3 + 1 + 3 + 6, session.Events.OfType<HalfwayReached>().Count());
        StretchRecord[] expected =
        [
            new(Squeeze, Side.None, 15, 1, 150, false, false),
            new(Trapezius, Side.Right, 3, 1, 90, false, false),
            new(Trapezius, Side.Left, 3, 1, 90, false, false),
            new(CatCamel, Side.None, 12, 1, 72, false, false),
            new(Thoracic, Side.None, 1, 3, 60, false, false),        // 1 rep × 3 sets, not "3 reps, 3 sets"
            new(ChildsPose, Side.None, 1, 1, 60, false, false),
            new(ChestOpener, Side.None, 3, 1, 60, false, false),
            new(SeatedTwist, Side.Left, 1, 3, 90, false, false),
            new(SeatedTwist, Side.Right, 1, 3, 90, false, false),
        ];
        Assert.Equal(expected, result.Stretches);
        Assert.Equal(expected, session.Events.OfType<StretchCompleted>().SelectMany(s => s.Records));
    }

    [Fact]
    public void Late_calls_do_not_accumulate_drift()
    {
        // Advance in 0.7 s jumps, as a host on a busy machine would wake up to 0.7 s late.
        var timeline = Compile(DosageLevel.Gentle, Squeeze, Trapezius);
        var session = new RunnerSession(timeline);

        while (!session.Runner.IsFinished)
        {
            session.Advance(0.7);
        }

        var result = session.Result!;
        Assert.Equal(Start + timeline.TotalDuration, result.EndedAt);
        Assert.All(session.Events.OfType<StepStarted>(), s => Assert.Equal(Start + s.Step.StartsAt, s.At));
        Assert.Equal((int)timeline.TotalDuration.TotalSeconds, session.Events.OfType<SecondElapsed>().Count());
    }

    [Fact]
    public void Pause_keeps_the_remaining_time_and_resume_continues_from_it()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, ChildsPose)); // get into position 10 s, hold 30 s

        session.Advance(22.4);             // 12.4 s into the hold
        session.Give(RunnerCommand.Pause);
        session.Advance(100);              // a long pause
        var paused = session.Runner.Snapshot(session.Now);
        session.Give(RunnerCommand.Resume);
        var result = session.RunToEnd();

        Assert.Equal((StepKind.Hold, TimeSpan.FromSeconds(17.6), true), (paused.Step!.Kind, paused.Remaining, paused.IsPaused));
        var transcript = session.Transcript();
        var pausedAt = transcript.ToList().IndexOf("22.4 Paused");
        Assert.Equal(["22 Second 18", "22.4 Paused", "122.4 Resumed", "123 Second 17"], transcript.Skip(pausedAt - 1).Take(4));
        Assert.Contains("140 Completed Hold", transcript);
        Assert.Equal(At(140), result.EndedAt);
        Assert.Equal(new StretchRecord(ChildsPose, Side.None, 1, 1, 30, false, false), Assert.Single(result.Stretches));
    }

    [Fact]
    public void Pause_and_resume_twice_are_idempotent_and_the_snapshot_freezes()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, ChildsPose));
        session.Advance(3);

        session.Give(RunnerCommand.Pause);
        session.Give(RunnerCommand.Pause);
        session.Advance(5);
        Assert.True(session.Runner.IsPaused);
        Assert.Equal(TimeSpan.FromSeconds(7), session.Runner.Snapshot(session.Now).Remaining);
        session.Give(RunnerCommand.Resume);
        session.Give(RunnerCommand.Resume);
        session.Advance(1);

        Assert.False(session.Runner.IsPaused);
        Assert.Equal(TimeSpan.FromSeconds(6), session.Runner.Snapshot(session.Now).Remaining);
        Assert.Single(session.Events.OfType<SessionPaused>());
        Assert.Single(session.Events.OfType<SessionResumed>());
    }

    [Fact]
    public void Skip_step_moves_on_at_once_and_a_skipped_hold_marks_the_record()
    {
        var timeline = Compile(DosageLevel.Gentle, ChestOpener); // G10 H15 Rel5 H15
        var session = new RunnerSession(timeline);

        session.Advance(3);
        session.Give(RunnerCommand.SkipStep);                     // ready early: the first hold starts at 3 s
        session.Advance(6);
        session.Give(RunnerCommand.SkipStep);                     // cut the first hold after 6 s
        var result = session.RunToEnd();

        var transcript = session.Transcript();
        Assert.Contains("3 Completed GetIntoPosition skipped", transcript);
        Assert.Contains("3 Started Hold", transcript);
        Assert.Contains("9 Completed Hold skipped", transcript);
        Assert.Contains("9 Started Release", transcript);
        Assert.Equal(At(3 + 6 + 5 + 15), result.EndedAt);
        Assert.Equal(new StretchRecord(ChestOpener, Side.None, 1, 0, 6 + 15, true, false), Assert.Single(result.Stretches));
        Assert.Equal(SessionOutcome.Completed, result.Outcome);
    }

    [Fact]
    public void Skipping_a_transition_does_not_mark_the_stretch_skipped()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, ChestOpener));

        session.Advance(10 + 15 + 1);        // one second into the release
        session.Give(RunnerCommand.SkipStep);
        var result = session.RunToEnd();

        Assert.Equal(new StretchRecord(ChestOpener, Side.None, 2, 1, 30, false, false), Assert.Single(result.Stretches));
        Assert.Equal(At(10 + 15 + 1 + 15), result.EndedAt);
    }

    [Fact]
    public void Skip_stretch_records_the_rest_as_skipped_and_starts_the_next_stretch()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, Trapezius, ChildsPose));

        session.Advance(10 + 8);             // 8 s into the first (right) hold
        session.Give(RunnerCommand.SkipStretch);
        var result = session.RunToEnd();

        var transcript = session.Transcript();
        var skipAt = transcript.ToList().IndexOf("18 Completed Hold skipped");
        Assert.Equal(
            ["18 Completed Hold skipped", $"18 StretchCompleted {Trapezius}/Right,{Trapezius}/Left", "18 Started GetIntoPosition"],
            transcript.Skip(skipAt).Take(3));
        Assert.Equal(
            [
                new StretchRecord(Trapezius, Side.Right, 0, 0, 8, true, false),
                new StretchRecord(Trapezius, Side.Left, 0, 0, 0, true, false),
                new StretchRecord(ChildsPose, Side.None, 1, 1, 30, false, false),
            ],
            result.Stretches);
        Assert.Equal(At(18 + 10 + 30), result.EndedAt);
        Assert.Equal(SessionOutcome.Completed, result.Outcome);
    }

    [Fact]
    public void Skipping_the_last_stretch_completes_the_session()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, ChildsPose, ChestOpener));

        session.Advance(40 + 12);            // 2 s into the chest opener's first hold
        session.Give(RunnerCommand.SkipStretch);
        var result = session.Result!;

        Assert.Equal(SessionOutcome.Completed, result.Outcome);
        Assert.Equal(At(52), result.EndedAt);
        Assert.Equal(new StretchRecord(ChestOpener, Side.None, 0, 0, 2, true, false), result.Stretches[^1]);
        Assert.Equal(["52 Started Done", "52 Completed Done", "52 Ended Completed"], session.Transcript().TakeLast(3));
    }

    [Fact]
    public void This_hurts_during_a_switch_names_the_side_being_switched_to()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, Trapezius)); // G10 H20R Sw5L …

        session.Advance(10 + 20 + 2);
        session.Give(RunnerCommand.ReportHurt);
        var result = session.Result!;

        Assert.Equal(new HurtReport(Trapezius, Side.Left, At(32)), result.Hurt);
        // The right side did one of its two holds: it is kept, cut short, as is the left, which hurt before it began.
        Assert.Equal(
            [new StretchRecord(Trapezius, Side.Right, 1, 0, 20, false, false, Partial: true), new StretchRecord(Trapezius, Side.Left, 0, 0, 0, false, true, Partial: true)],
            result.Stretches);
    }

    [Fact]
    public void Skip_step_while_paused_starts_the_next_step_paused_with_its_whole_time()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, ChildsPose));
        session.Advance(4);

        session.Give(RunnerCommand.Pause);
        session.Give(RunnerCommand.SkipStep);
        session.Advance(50);

        var snapshot = session.Runner.Snapshot(session.Now);
        Assert.Equal((StepKind.Hold, TimeSpan.FromSeconds(30), true), (snapshot.Step!.Kind, snapshot.Remaining, snapshot.IsPaused));
        Assert.Equal("4 Started Hold", session.Transcript()[^1]);
        session.Give(RunnerCommand.Resume);
        var result = session.RunToEnd();
        Assert.Equal(At(54 + 30), result.EndedAt);
    }

    [Fact]
    public void Stop_abandons_the_session_and_closes_the_current_stretch()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, Squeeze, ChildsPose));

        session.Advance(10 + 5 + 5 + 2);     // 2 s into the second squeeze
        session.Give(RunnerCommand.Stop);
        var result = session.Result!;
        var eventCount = session.Events.Count;
        session.Advance(300);
        session.Give(RunnerCommand.SkipStep);                      // ignored once the session is over

        Assert.Equal(SessionOutcome.Abandoned, result.Outcome);
        Assert.Equal(At(22), result.EndedAt);
        Assert.Null(result.Hurt);
        // Cut short: kept with what was done (one squeeze of ten), never counted as done.
        Assert.Equal(new StretchRecord(Squeeze, Side.None, 1, 0, 7, false, false, Partial: true), Assert.Single(result.Stretches));
        Assert.Equal(
            ["22 Completed Hold skipped", $"22 StretchCompleted {Squeeze}/None", "22 Ended Abandoned"],
            session.Transcript().TakeLast(3));
        Assert.Equal(eventCount, session.Events.Count);
        Assert.True(session.Runner.Snapshot(session.Now).IsFinished);
    }

    [Fact]
    public void This_hurts_stops_for_pain_with_the_stretch_and_side()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, SeatedTwist, ChildsPose)); // G10 H20L Sw5R H20R …

        session.Advance(10 + 20 + 5 + 5);    // 5 s into the first right-side hold
        session.Give(RunnerCommand.ReportHurt);
        var result = session.Result!;

        Assert.Equal(SessionOutcome.StoppedForPain, result.Outcome);
        Assert.Equal(new HurtReport(SeatedTwist, Side.Right, At(40)), result.Hurt);
        StretchRecord[] expected =
        [
            new(SeatedTwist, Side.Left, 1, 1, 20, false, false, Partial: true),    // set 1 of 2 is done on the left
            new(SeatedTwist, Side.Right, 0, 0, 5, false, true, Partial: true),
        ];
        Assert.Equal(expected, result.Stretches);
        Assert.Equal(expected, Assert.Single(session.Events.OfType<StretchCompleted>()).Records);
        Assert.Equal(At(40), result.EndedAt);
        Assert.IsType<SessionEnded>(session.Events[^1]);
        Assert.DoesNotContain(session.Events.OfType<StepStarted>(), s => s.Step.StretchId == ChildsPose);
    }

    [Fact]
    public void This_hurts_while_getting_into_position_names_the_first_side()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, ChildsPose, Trapezius));

        session.Advance(40 + 3);             // into the trapezius's get-into-position step
        session.Give(RunnerCommand.ReportHurt);
        var result = session.Result!;

        Assert.Equal(new HurtReport(Trapezius, Side.Right, At(43)), result.Hurt);
        Assert.Equal(
            [new StretchRecord(ChildsPose, Side.None, 1, 1, 30, false, false), new StretchRecord(Trapezius, Side.Right, 0, 0, 0, false, true, Partial: true)],
            result.Stretches);
    }

    [Fact]
    public void Stop_while_getting_into_position_keeps_a_partial_record_of_nothing_done()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, ChildsPose));

        session.Advance(4);
        session.Give(RunnerCommand.Stop);
        var result = session.Result!;

        Assert.Equal(SessionOutcome.Abandoned, result.Outcome);
        Assert.Equal(new StretchRecord(ChildsPose, Side.None, 0, 0, 0, false, false, Partial: true), Assert.Single(result.Stretches));
        Assert.False(Assert.Single(result.Stretches).IsDone);
    }

    [Fact]
    public void A_stretch_whose_every_hold_was_done_before_a_stop_is_done()
    {
        // Trapezius at gentle: right, left, right, left (2 reps a side). Stop during the last (left) hold: the right
        // side is whole, the left one is not.
        var session = new RunnerSession(Compile(DosageLevel.Gentle, Trapezius));
        session.Advance(10 + 20 + 5 + 20 + 5 + 20 + 5 + 3);
        session.Give(RunnerCommand.Stop);

        Assert.Equal(
            [new StretchRecord(Trapezius, Side.Right, 2, 1, 40, false, false), new StretchRecord(Trapezius, Side.Left, 1, 0, 23, false, false, Partial: true)],
            session.Result!.Stretches);
    }

    [Fact]
    public void A_runner_plays_once_and_reports_its_state()
    {
        var session = new RunnerSession(Compile(DosageLevel.Gentle, ChildsPose));
        session.Advance(2.5);

        var snapshot = session.Runner.Snapshot(session.Now);
        Assert.Equal((StepKind.GetIntoPosition, TimeSpan.FromSeconds(7.5), false, false), (snapshot.Step!.Kind, snapshot.Remaining, snapshot.IsPaused, snapshot.IsFinished));
        Assert.Equal(snapshot.Step, session.Runner.CurrentStep);
        Assert.Equal(TimeSpan.FromSeconds(3), session.Runner.NextDue);
        Assert.Throws<InvalidOperationException>(() => session.Runner.Start(Start));
        var fresh = new SessionRunner(session.Runner.Timeline);
        Assert.Null(fresh.CurrentStep);
        Assert.Null(fresh.NextDue);
        Assert.Throws<InvalidOperationException>(() => fresh.AdvanceTo(TimeSpan.Zero));
        session.Give(RunnerCommand.Pause);
        Assert.Null(session.Runner.NextDue);
    }

    [Fact]
    public void The_runners_records_are_the_folds_of_the_steps_it_played()
    {
        // The same steps reported one by one (as a browser does) fold into exactly the runner's records.
        var timeline = Compile(DosageLevel.Gentle, Trapezius, CatCamel, SeatedTwist);
        var session = new RunnerSession(timeline);
        session.Advance(10 + 12);                       // 12 s into the first hold (right): skip it
        session.Give(RunnerCommand.SkipStep);
        session.Advance(85 + 4);                        // the trapezius ends at 97; 4 s into cat-camel's first phase
        session.Give(RunnerCommand.SkipStretch);
        session.Advance(10 + 5);                        // 5 s into the seated twist's first hold (left)
        session.Give(RunnerCommand.ReportHurt);

        // The steps cut short, in order, were cut by: skip step, skip stretch, this hurts.
        var cuts = new Queue<StepEnd>([StepEnd.Skipped, StepEnd.SkippedStretch, StepEnd.Hurt]);
        var starts = session.Events.OfType<StepStarted>().ToDictionary(s => s.Step.Index, s => s.At);
        var outcomes = session.Events.OfType<StepCompleted>()
            .Select(c => new StepOutcome(c.Step.Index, c.Skipped ? cuts.Dequeue() : StepEnd.Played, c.At - starts[c.Step.Index], c.At))
            .ToList();
        Assert.Empty(cuts);
        var fold = SessionFold.Replay(timeline, outcomes);

        Assert.Equal(session.Result!.Stretches, fold.Records);
        Assert.Equal((SessionOutcome.StoppedForPain, session.Result.Hurt), (fold.Outcome, fold.Hurt));
    }
}
