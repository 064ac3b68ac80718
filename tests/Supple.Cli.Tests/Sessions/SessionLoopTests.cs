using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Supple.Cli.Sessions;
using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.Tests.Sessions;

/// <summary>
/// The terminal's real-time host of the session runner: it wakes for every due moment of the runner (never early,
/// late wakes do not drift), takes commands from any thread, lets a handler give commands, and stops on cancellation.
/// On a <see cref="FakeTimeProvider"/> the clock only moves when a test moves it, once the loop has raised everything
/// due, so these tests are deterministic.
/// </summary>
public sealed class SessionLoopTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 7, 30, 0, TimeSpan.Zero);
    private static readonly Programme Programme = BuiltInProgramme.Instance;

    private static Timeline Compile(params string[] ids) =>
        TimelineCompiler.Compile(Programme, new Routine([.. ids.Select(id => new RoutineItem(id, DosageLevel.Gentle))]));

    [Fact]
    public async Task Every_event_is_raised_when_the_clock_shows_its_time()
    {
        var timeline = Compile("chest-opener", "cat-camel");
        var host = new Host(timeline);

        var result = await host.RunToEndAsync();

        Assert.Equal(SessionOutcome.Completed, result.Outcome);
        Assert.Equal(Start + timeline.TotalDuration, result.EndedAt);
        Assert.All(host.Seen, s => Assert.Equal(s.Event.At, s.SeenAt));
        Assert.Equal(timeline.Steps, host.Events.OfType<StepStarted>().Select(s => s.Step));
    }

    [Fact]
    public async Task Late_wakes_do_not_accumulate_drift()
    {
        var timeline = Compile("shoulder-blade-squeeze", "upper-trapezius-stretch");
        var host = new Host(timeline);

        while (!host.Run.IsCompleted)
        {
            await host.SettleAsync();
            host.Clock.Advance(TimeSpan.FromSeconds(0.7));
        }

        var result = await host.Run;
        Assert.Equal(Start + timeline.TotalDuration, result.EndedAt);
        Assert.All(host.Events.OfType<StepStarted>(), s => Assert.Equal(Start + s.Step.StartsAt, s.At));
        Assert.All(host.Seen, s => Assert.InRange(s.SeenAt - s.Event.At, TimeSpan.Zero, TimeSpan.FromSeconds(0.7)));
    }

    [Fact]
    public async Task Cancellation_ends_the_session_as_abandoned_with_the_stretch_cut_short()
    {
        using var cancel = new CancellationTokenSource();
        var host = new Host(Compile("chest-opener"), cancellationToken: cancel.Token);

        await host.AdvanceAsync(12);
        await cancel.CancelAsync();
        var result = await host.Run;

        Assert.Equal(SessionOutcome.Abandoned, result.Outcome);
        Assert.Equal(Start.AddSeconds(12), result.EndedAt);
        Assert.Equal(new StretchRecord("chest-opener", Side.None, 0, 0, 2, false, false, Partial: true), Assert.Single(result.Stretches));
        Assert.IsType<SessionEnded>(host.Events[^1]);
    }

    [Fact]
    public async Task Commands_from_other_threads_are_safe_and_keep_the_timing()
    {
        var timeline = Compile("chest-opener");
        var host = new Host(timeline);
        await host.AdvanceAsync(12);
        using var go = new Barrier(4);

        var threads = Enumerable.Range(0, 4).Select(n => new Thread(() =>
        {
            go.SignalAndWait();
            for (var i = 0; i < 500; i++)
            {
                host.Loop.Post(RunnerCommand.Pause);
                _ = host.Loop.GetSnapshot();
                host.Loop.Post(RunnerCommand.Resume);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        host.Loop.Post(RunnerCommand.Resume);
        await host.SettleAsync();
        var result = await host.RunToEndAsync();

        // Pauses and resumes strictly alternate, all at 12 s, and the session ends exactly on time.
        var toggles = host.Events.Where(e => e is SessionPaused or SessionResumed).ToList();
        Assert.NotEmpty(toggles);
        Assert.All(toggles, e => Assert.Equal(Start.AddSeconds(12), e.At));
        Assert.All(toggles.Where((_, i) => i % 2 == 0), e => Assert.IsType<SessionPaused>(e));
        Assert.IsType<SessionResumed>(toggles[^1]);
        Assert.Equal(Start + timeline.TotalDuration, result.EndedAt);
    }

    [Fact]
    public async Task A_handler_may_give_commands_and_is_never_called_concurrently()
    {
        var timeline = Compile("shoulder-blade-squeeze");
        var inside = 0;
        var overlapped = false;
        Host? host = null;
        host = new Host(timeline, onEvent: e =>
        {
            overlapped |= Interlocked.Increment(ref inside) > 1;
            if (e is StepStarted { Step.Kind: StepKind.Release })
            {
                host!.Loop.Post(RunnerCommand.SkipStep);
            }

            Interlocked.Decrement(ref inside);
        });

        var result = await host.RunToEndAsync();

        Assert.False(overlapped);
        Assert.Equal(Start.AddSeconds(10 + (10 * 5)), result.EndedAt);
        Assert.Equal(9, host.Events.OfType<StepCompleted>().Count(s => s.Skipped && s.Step.Kind == StepKind.Release));
        Assert.Equal(new StretchRecord("shoulder-blade-squeeze", Side.None, 10, 1, 50, false, false), Assert.Single(result.Stretches));
    }

    [Fact]
    public async Task On_the_real_clock_no_cue_comes_early_and_the_order_is_the_runners()
    {
        // Hold 1 s, release 1 s, hold 1 s: three seconds of real time through the sleep-and-spin path.
        var quick = Programme.FindStretch("chest-opener")! with
        {
            Id = "quick",
            Dosage = new Dosage(CountRange.Exactly(1), CountRange.Exactly(2), CountRange.Exactly(1), SideOrder.None, null),
        };
        var programme = Programme with { Stretches = [quick], Transitions = new Transitions(0, 1, 0, 0) };
        var timeline = TimelineCompiler.Compile(programme, new Routine([new RoutineItem("quick", DosageLevel.Gentle)]));
        var loop = new SessionLoop(new SessionRunner(timeline), TimeProvider.System);
        Assert.Equal(TimeSpan.FromMilliseconds(10), loop.PrecisionWindow);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SessionLoop(new SessionRunner(timeline), TimeProvider.System) { PrecisionWindow = TimeSpan.FromSeconds(1) });
        var seen = new List<(RunnerEvent Event, long Timestamp)>();

        var origin = Stopwatch.GetTimestamp();
        var result = await loop.RunAsync(e => seen.Add((e, Stopwatch.GetTimestamp())));

        Assert.Equal(SessionOutcome.Completed, result.Outcome);
        Assert.Equal(timeline.TotalDuration, result.EndedAt - result.StartedAt);
        Assert.All(seen, s => Assert.True(Stopwatch.GetElapsedTime(origin, s.Timestamp) >= s.Event.At - result.StartedAt, $"{s.Event} was raised before its time"));
        var machine = new SessionRunner(timeline);
        var expected = machine.Start(result.StartedAt).ToList();
        while (machine.NextDue is { } due)
        {
            expected.AddRange(machine.AdvanceTo(due));
        }

        Assert.Equal(expected.Select(e => (e.GetType(), e.At)), seen.Select(s => (s.Event.GetType(), s.Event.At)));
    }

    /// <summary>A loop on a fake clock, with every event and the fake time at which the handler saw it.</summary>
    private sealed class Host
    {
        private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(10);
        private readonly Lock _gate = new();
        private readonly List<(RunnerEvent Event, DateTimeOffset SeenAt)> _seen = [];

        public Host(Timeline timeline, Action<RunnerEvent>? onEvent = null, CancellationToken cancellationToken = default)
        {
            Loop = new SessionLoop(new SessionRunner(timeline), Clock);
            Run = Loop.RunAsync(
                e =>
                {
                    lock (_gate)
                    {
                        _seen.Add((e, Clock.GetUtcNow()));
                    }

                    onEvent?.Invoke(e);
                },
                cancellationToken);
        }

        public FakeTimeProvider Clock { get; } = new(Start);

        public SessionLoop Loop { get; }

        public Task<SessionResult> Run { get; }

        public IReadOnlyList<(RunnerEvent Event, DateTimeOffset SeenAt)> Seen
        {
            get
            {
                lock (_gate)
                {
                    return [.. _seen];
                }
            }
        }

        public IReadOnlyList<RunnerEvent> Events => [.. Seen.Select(s => s.Event)];

        public async Task SettleAsync()
        {
            var watch = Stopwatch.StartNew();
            while (!Loop.IsSettled && !Run.IsCompleted)
            {
                if (watch.Elapsed > SettleTimeout)
                {
                    throw new TimeoutException("The loop did not settle.");
                }

                await Task.Yield();
            }
        }

        public async Task AdvanceAsync(double seconds)
        {
            var left = TimeSpan.FromSeconds(seconds);
            while (left > TimeSpan.Zero && !Run.IsCompleted)
            {
                await SettleAsync();
                var step = Loop.NextWakeIn is { } due && due > TimeSpan.Zero && due < left ? due : left;
                Clock.Advance(step);
                left -= step;
            }

            await SettleAsync();
        }

        public async Task<SessionResult> RunToEndAsync()
        {
            while (!Run.IsCompleted)
            {
                await SettleAsync();
                if (Run.IsCompleted)
                {
                    break;
                }

                Clock.Advance(Loop.NextWakeIn ?? throw new InvalidOperationException("The loop waits for a command (paused?)."));
            }

            return await Run;
        }
    }
}
