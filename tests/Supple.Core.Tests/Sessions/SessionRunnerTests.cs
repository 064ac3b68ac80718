using Supple.Core.Content;
using Supple.Core.Sessions;
using static Supple.Core.Tests.Sessions.ArticleProgramme;

namespace Supple.Core.Tests.Sessions;

public sealed class SessionRunnerTests
{
    private static readonly DateTimeOffset Start = FakeClockSession.Start;

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
    public async Task Full_run_raises_every_event_in_order_at_its_exact_time()
    {
        var session = new FakeClockSession(TinyTimeline());

        var result = await session.RunToEndAsync();

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
        // Raised when the fake clock showed exactly that time: the runner woke for each one, never late or early.
        Assert.All(session.Seen, s => Assert.Equal(s.Event.At, s.SeenAt));
        Assert.Equal(new SessionResult(SessionOutcome.Completed, Start, At(16), result.Stretches, null), result);
        Assert.Equal(new StretchRecord("tiny", Side.None, 2, 1, 10, false, false), Assert.Single(result.Stretches));
        Assert.Same(result, Assert.IsType<SessionEnded>(session.Events[^1]).Result);
    }

    [Fact]
    public async Task Whole_routine_plays_every_step_at_its_compiled_offset()
    {
        var timeline = Compile(DosageLevel.Full, Ids);
        var session = new FakeClockSession(timeline);

        var result = await session.RunToEndAsync();

        Assert.Equal(SessionOutcome.Completed, result.Outcome);
        Assert.Equal(At(992), result.EndedAt);
        var started = session.Events.OfType<StepStarted>().ToList();
        Assert.Equal(timeline.Steps, started.Select(s => s.Step));
        Assert.All(started, s => Assert.Equal(Start + s.Step.StartsAt, s.At));
        Assert.All(session.Seen, s => Assert.Equal(s.Event.At, s.SeenAt));
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
            new(Thoracic, Side.None, 3, 3, 60, false, false),
            new(ChildsPose, Side.None, 1, 1, 60, false, false),
            new(ChestOpener, Side.None, 3, 1, 60, false, false),
            new(SeatedTwist, Side.Left, 3, 3, 90, false, false),
            new(SeatedTwist, Side.Right, 3, 3, 90, false, false),
        ];
        Assert.Equal(expected, result.Stretches);
        Assert.Equal(expected, session.Events.OfType<StretchCompleted>().SelectMany(s => s.Records));
    }

    [Fact]
    public async Task Late_wakes_do_not_accumulate_drift()
    {
        // Move the clock in 0.7 s jumps, so the runner always wakes up to 0.7 s late, as on a busy machine.
        var timeline = Compile(DosageLevel.Gentle, Squeeze, Trapezius);
        var session = new FakeClockSession(timeline);

        while (!session.Run.IsCompleted)
        {
            await session.SettleAsync();
            session.Clock.Advance(TimeSpan.FromSeconds(0.7));
        }

        var result = await session.Run;
        Assert.Equal(Start + timeline.TotalDuration, result.EndedAt);
        Assert.All(session.Events.OfType<StepStarted>(), s => Assert.Equal(Start + s.Step.StartsAt, s.At));
        Assert.All(session.Seen, s => Assert.InRange(s.SeenAt - s.Event.At, TimeSpan.Zero, TimeSpan.FromSeconds(0.7)));
        Assert.Equal((int)timeline.TotalDuration.TotalSeconds, session.Events.OfType<SecondElapsed>().Count());
    }

    [Fact]
    public async Task Pause_keeps_the_remaining_time_and_resume_continues_from_it()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, ChildsPose)); // get into position 10 s, hold 30 s

        await session.AdvanceAsync(22.4);             // 12.4 s into the hold
        session.Runner.Pause();
        await session.SettleAsync();
        await session.AdvanceAsync(100);              // a long pause
        var paused = session.Runner.GetSnapshot();
        session.Runner.Resume();
        await session.SettleAsync();
        var result = await session.RunToEndAsync();

        Assert.Equal((StepKind.Hold, TimeSpan.FromSeconds(17.6), true), (paused.Step!.Kind, paused.Remaining, paused.IsPaused));
        var transcript = session.Transcript();
        var pausedAt = transcript.ToList().IndexOf("22.4 Paused");
        Assert.Equal(["22 Second 18", "22.4 Paused", "122.4 Resumed", "123 Second 17"], transcript.Skip(pausedAt - 1).Take(4));
        Assert.Contains("140 Completed Hold", transcript);
        Assert.Equal(At(140), result.EndedAt);
        Assert.Equal(new StretchRecord(ChildsPose, Side.None, 1, 1, 30, false, false), Assert.Single(result.Stretches));
    }

    [Fact]
    public async Task Pause_and_resume_twice_are_idempotent_and_the_snapshot_freezes()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, ChildsPose));
        await session.AdvanceAsync(3);

        session.Runner.Pause();
        session.Runner.Pause();
        await session.AdvanceAsync(5);
        Assert.True(session.Runner.IsPaused);
        Assert.Equal(TimeSpan.FromSeconds(7), session.Runner.GetSnapshot().Remaining);
        session.Runner.Resume();
        session.Runner.Resume();
        await session.AdvanceAsync(1);

        Assert.False(session.Runner.IsPaused);
        Assert.Equal(TimeSpan.FromSeconds(6), session.Runner.GetSnapshot().Remaining);
        Assert.Single(session.Events.OfType<SessionPaused>());
        Assert.Single(session.Events.OfType<SessionResumed>());
    }

    [Fact]
    public async Task Skip_step_moves_on_at_once_and_a_skipped_hold_marks_the_record()
    {
        var timeline = Compile(DosageLevel.Gentle, ChestOpener); // G10 H15 Rel5 H15
        var session = new FakeClockSession(timeline);

        await session.AdvanceAsync(3);
        session.Runner.SkipStep();                     // ready early: the first hold starts at 3 s
        await session.AdvanceAsync(6);
        session.Runner.SkipStep();                     // cut the first hold after 6 s
        var result = await session.RunToEndAsync();

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
    public async Task Skipping_a_transition_does_not_mark_the_stretch_skipped()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, ChestOpener));

        await session.AdvanceAsync(10 + 15 + 1);        // one second into the release
        session.Runner.SkipStep();
        var result = await session.RunToEndAsync();

        Assert.Equal(new StretchRecord(ChestOpener, Side.None, 2, 1, 30, false, false), Assert.Single(result.Stretches));
        Assert.Equal(At(10 + 15 + 1 + 15), result.EndedAt);
    }

    [Fact]
    public async Task Skip_stretch_records_the_rest_as_skipped_and_starts_the_next_stretch()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, Trapezius, ChildsPose));

        await session.AdvanceAsync(10 + 8);             // 8 s into the first (right) hold
        session.Runner.SkipStretch();
        await session.SettleAsync();
        var result = await session.RunToEndAsync();

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
    public async Task Skipping_the_last_stretch_completes_the_session()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, ChildsPose, ChestOpener));

        await session.AdvanceAsync(40 + 12);            // 2 s into the chest opener's first hold
        session.Runner.SkipStretch();
        var result = await session.Run;

        Assert.Equal(SessionOutcome.Completed, result.Outcome);
        Assert.Equal(At(52), result.EndedAt);
        Assert.Equal(new StretchRecord(ChestOpener, Side.None, 0, 0, 2, true, false), result.Stretches[^1]);
        Assert.Equal(["52 Started Done", "52 Completed Done", "52 Ended Completed"], session.Transcript().TakeLast(3));
    }

    [Fact]
    public async Task This_hurts_during_a_switch_names_the_side_being_switched_to()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, Trapezius)); // G10 H20R Sw5L …

        await session.AdvanceAsync(10 + 20 + 2);
        session.Runner.ReportHurt();
        var result = await session.Run;

        Assert.Equal(new HurtReport(Trapezius, Side.Left, At(32)), result.Hurt);
        Assert.Equal(
            [new StretchRecord(Trapezius, Side.Right, 1, 0, 20, false, false), new StretchRecord(Trapezius, Side.Left, 0, 0, 0, false, true)],
            result.Stretches);
    }

    [Fact]
    public async Task Skip_step_while_paused_starts_the_next_step_paused_with_its_whole_time()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, ChildsPose));
        await session.AdvanceAsync(4);

        session.Runner.Pause();
        session.Runner.SkipStep();
        await session.AdvanceAsync(50);

        var snapshot = session.Runner.GetSnapshot();
        Assert.Equal((StepKind.Hold, TimeSpan.FromSeconds(30), true), (snapshot.Step!.Kind, snapshot.Remaining, snapshot.IsPaused));
        Assert.Equal("4 Started Hold", session.Transcript()[^1]);
        session.Runner.Resume();
        var result = await session.RunToEndAsync();
        Assert.Equal(At(54 + 30), result.EndedAt);
    }

    [Fact]
    public async Task Stop_abandons_the_session_and_closes_the_current_stretch()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, Squeeze, ChildsPose));

        await session.AdvanceAsync(10 + 5 + 5 + 2);     // 2 s into the second squeeze
        session.Runner.Stop();
        var result = await session.Run;
        var eventCount = session.Events.Count;
        session.Clock.Advance(TimeSpan.FromMinutes(5));
        session.Runner.SkipStep();                      // ignored once the session is over

        Assert.Equal(SessionOutcome.Abandoned, result.Outcome);
        Assert.Equal(At(22), result.EndedAt);
        Assert.Null(result.Hurt);
        Assert.Equal(new StretchRecord(Squeeze, Side.None, 1, 0, 7, false, false), Assert.Single(result.Stretches));
        Assert.Equal(
            ["22 Completed Hold skipped", $"22 StretchCompleted {Squeeze}/None", "22 Ended Abandoned"],
            session.Transcript().TakeLast(3));
        Assert.Equal(eventCount, session.Events.Count);
        Assert.True(session.Runner.GetSnapshot().IsFinished);
    }

    [Fact]
    public async Task This_hurts_stops_for_pain_with_the_stretch_and_side()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, SeatedTwist, ChildsPose)); // G10 H20L Sw5R H20R …

        await session.AdvanceAsync(10 + 20 + 5 + 5);    // 5 s into the first right-side hold
        session.Runner.ReportHurt();
        var result = await session.Run;

        Assert.Equal(SessionOutcome.StoppedForPain, result.Outcome);
        Assert.Equal(new HurtReport(SeatedTwist, Side.Right, At(40)), result.Hurt);
        StretchRecord[] expected =
        [
            new(SeatedTwist, Side.Left, 1, 1, 20, false, false),    // set 1 is done on the left
            new(SeatedTwist, Side.Right, 0, 0, 5, false, true),
        ];
        Assert.Equal(expected, result.Stretches);
        Assert.Equal(expected, Assert.Single(session.Events.OfType<StretchCompleted>()).Records);
        Assert.Equal(At(40), result.EndedAt);
        Assert.IsType<SessionEnded>(session.Events[^1]);
        Assert.DoesNotContain(session.Events.OfType<StepStarted>(), s => s.Step.StretchId == ChildsPose);
    }

    [Fact]
    public async Task This_hurts_while_getting_into_position_names_the_first_side()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, ChildsPose, Trapezius));

        await session.AdvanceAsync(40 + 3);             // into the trapezius's get-into-position step
        session.Runner.ReportHurt();
        var result = await session.Run;

        Assert.Equal(new HurtReport(Trapezius, Side.Right, At(43)), result.Hurt);
        Assert.Equal(
            [new StretchRecord(ChildsPose, Side.None, 1, 1, 30, false, false), new StretchRecord(Trapezius, Side.Right, 0, 0, 0, false, true)],
            result.Stretches);
    }

    [Fact]
    public async Task Cancellation_ends_the_session_as_abandoned()
    {
        using var cancel = new CancellationTokenSource();
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, ChestOpener), cancellationToken: cancel.Token);

        await session.AdvanceAsync(12);
        await cancel.CancelAsync();
        var result = await session.Run;

        Assert.Equal(SessionOutcome.Abandoned, result.Outcome);
        Assert.Equal(At(12), result.EndedAt);
        Assert.Equal(new StretchRecord(ChestOpener, Side.None, 0, 0, 2, false, false), Assert.Single(result.Stretches));
        Assert.IsType<SessionEnded>(session.Events[^1]);
    }

    [Fact]
    public async Task Commands_from_other_threads_are_safe_and_keep_the_timing()
    {
        var timeline = Compile(DosageLevel.Gentle, ChestOpener);
        var session = new FakeClockSession(timeline);
        await session.AdvanceAsync(12);
        using var go = new Barrier(4);

        var threads = Enumerable.Range(0, 4).Select(n => new Thread(() =>
        {
            go.SignalAndWait();
            for (var i = 0; i < 500; i++)
            {
                session.Runner.Pause();
                _ = session.Runner.GetSnapshot();
                session.Runner.Resume();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        session.Runner.Resume();
        await session.SettleAsync();
        var result = await session.RunToEndAsync();

        // Pauses and resumes strictly alternate, all at 12 s, and the session ends exactly on time.
        var toggles = session.Events.Where(e => e is SessionPaused or SessionResumed).ToList();
        Assert.NotEmpty(toggles);
        Assert.All(toggles, e => Assert.Equal(At(12), e.At));
        Assert.All(toggles.Where((_, i) => i % 2 == 0), e => Assert.IsType<SessionPaused>(e));
        Assert.All(toggles.Where((_, i) => i % 2 == 1), e => Assert.IsType<SessionResumed>(e));
        Assert.IsType<SessionResumed>(toggles[^1]);
        Assert.Equal(Start + timeline.TotalDuration, result.EndedAt);
        Assert.All(session.Events.OfType<StepStarted>(), s => Assert.Equal(Start + s.Step.StartsAt, s.At));
    }

    [Fact]
    public async Task A_handler_may_give_commands_and_the_runner_never_calls_it_concurrently()
    {
        // Skip every release as soon as it starts, from inside the handler.
        var timeline = Compile(DosageLevel.Gentle, Squeeze);
        var session = new FakeClockSession(timeline, onEvent: (runner, e) =>
        {
            if (e is StepStarted { Step.Kind: StepKind.Release })
            {
                runner.SkipStep();
            }
        });

        var result = await session.RunToEndAsync();

        Assert.Equal(At(10 + (10 * 5)), result.EndedAt);
        Assert.Equal(9, session.Events.OfType<StepCompleted>().Count(s => s.Skipped && s.Step.Kind == StepKind.Release));
        Assert.Equal(new StretchRecord(Squeeze, Side.None, 10, 1, 50, false, false), Assert.Single(result.Stretches));
    }

    [Fact]
    public async Task A_runner_plays_once_and_reports_its_state()
    {
        var session = new FakeClockSession(Compile(DosageLevel.Gentle, ChildsPose));
        await session.AdvanceAsync(2.5);

        var snapshot = session.Runner.GetSnapshot();
        Assert.Equal((StepKind.GetIntoPosition, TimeSpan.FromSeconds(7.5), false, false), (snapshot.Step!.Kind, snapshot.Remaining, snapshot.IsPaused, snapshot.IsFinished));
        Assert.Equal(snapshot.Step, session.Runner.CurrentStep);
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.Runner.RunAsync(_ => { }));
        Assert.Null(new SessionRunner(session.Runner.Timeline, TimeProvider.System).CurrentStep);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SessionRunner(session.Runner.Timeline, TimeProvider.System) { PrecisionWindow = TimeSpan.FromSeconds(1) });
    }

    [Fact]
    public async Task On_the_real_clock_no_cue_comes_early_and_the_order_matches_the_fake_clock()
    {
        // Hold 1 s, release 1 s, hold 1 s: three seconds of real time through the sleep-and-spin path.
        var quick = Instance.FindStretch(ChestOpener)! with
        {
            Id = "quick",
            Dosage = new Dosage(CountRange.Exactly(1), CountRange.Exactly(2), CountRange.Exactly(1), SideOrder.None, null),
        };
        var programme = Instance with { Stretches = [quick], Transitions = new Transitions(0, 1, 0, 0) };
        var timeline = TimelineCompiler.Compile(programme, new Routine([new RoutineItem("quick", DosageLevel.Gentle)]));
        var runner = new SessionRunner(timeline, TimeProvider.System);
        Assert.Equal(TimeSpan.FromMilliseconds(10), runner.PrecisionWindow);
        var seen = new List<(RunnerEvent Event, long Timestamp)>();

        var origin = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await runner.RunAsync(e => seen.Add((e, System.Diagnostics.Stopwatch.GetTimestamp())));

        Assert.Equal(SessionOutcome.Completed, result.Outcome);
        Assert.Equal(timeline.TotalDuration, result.EndedAt - result.StartedAt);
        Assert.All(seen, s => Assert.True(
            System.Diagnostics.Stopwatch.GetElapsedTime(origin, s.Timestamp) >= s.Event.At - result.StartedAt,
            $"{s.Event} was raised before its time"));
        var fake = new FakeClockSession(timeline);
        await fake.RunToEndAsync();
        Assert.Equal(
            fake.Events.Select(e => (e.GetType(), e.At - Start)),
            seen.Select(s => (s.Event.GetType(), s.Event.At - result.StartedAt)));
    }
}
