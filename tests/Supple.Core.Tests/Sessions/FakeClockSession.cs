using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.Sessions;

namespace Supple.Core.Tests.Sessions;

/// <summary>
/// Plays a timeline on a <see cref="FakeTimeProvider"/>. The clock only moves when a test moves it, and the helpers
/// wait (in real time, briefly) until the runner has raised everything due before moving it again, so every test is
/// deterministic and takes milliseconds.
/// </summary>
internal sealed class FakeClockSession
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 7, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly List<(RunnerEvent Event, DateTimeOffset SeenAt, int ThreadId)> _events = [];

    public FakeClockSession(Timeline timeline, Action<SessionRunner, RunnerEvent>? onEvent = null, CancellationToken cancellationToken = default)
    {
        Runner = new SessionRunner(timeline, Clock);
        Run = Runner.RunAsync(
            e =>
            {
                lock (_gate)
                {
                    _events.Add((e, Clock.GetUtcNow(), Environment.CurrentManagedThreadId));
                }

                onEvent?.Invoke(Runner, e);
            },
            cancellationToken);
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public SessionRunner Runner { get; }

    public Task<SessionResult> Run { get; }

    public TimeSpan Elapsed => Clock.GetUtcNow() - Start;

    public IReadOnlyList<RunnerEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events.Select(e => e.Event)];
            }
        }
    }

    /// <summary>Every event with the fake time at which the handler saw it.</summary>
    public IReadOnlyList<(RunnerEvent Event, DateTimeOffset SeenAt, int ThreadId)> Seen
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Waits until the runner has raised everything due by the fake clock's current time.</summary>
    public async Task SettleAsync()
    {
        var watch = Stopwatch.StartNew();
        while (!Runner.IsSettled && !Run.IsCompleted)
        {
            if (watch.Elapsed > SettleTimeout)
            {
                throw new TimeoutException($"The runner did not settle at {Elapsed}.");
            }

            await Task.Yield();
        }
    }

    /// <summary>Moves the clock by <paramref name="span"/>, stopping at every moment the runner wakes for.</summary>
    public async Task AdvanceAsync(TimeSpan span)
    {
        var left = span;
        while (left > TimeSpan.Zero && !Run.IsCompleted)
        {
            await SettleAsync();
            var step = Runner.NextWakeIn is { } due && due > TimeSpan.Zero && due < left ? due : left;
            Clock.Advance(step);
            left -= step;
        }

        await SettleAsync();
    }

    public Task AdvanceAsync(double seconds) => AdvanceAsync(TimeSpan.FromSeconds(seconds));

    /// <summary>Moves the clock to each wake of the runner in turn until the session ends.</summary>
    public async Task<SessionResult> RunToEndAsync()
    {
        while (!Run.IsCompleted)
        {
            await SettleAsync();
            if (Run.IsCompleted)
            {
                break;
            }

            var due = Runner.NextWakeIn ?? throw new InvalidOperationException($"The runner waits for a command at {Elapsed} (paused?).");
            Clock.Advance(due);
        }

        return await Run;
    }

    /// <summary>One line per event, e.g. "6.5 Halfway Hold", with the time in seconds since the start.</summary>
    public IReadOnlyList<string> Transcript() => [.. Events.Select(Describe)];

    public static string Describe(RunnerEvent e)
    {
        var at = (e.At - Start).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return e switch
        {
            StepStarted s => $"{at} Started {s.Step.Kind}",
            SecondElapsed s => $"{at} Second {s.SecondsRemaining}",
            CountdownCue s => $"{at} Countdown {s.SecondsRemaining}",
            HalfwayReached s => $"{at} Halfway {s.Step.Kind}",
            StepCompleted s => $"{at} Completed {s.Step.Kind}{(s.Skipped ? " skipped" : "")}",
            StretchCompleted s => $"{at} StretchCompleted {string.Join(",", s.Records.Select(r => $"{r.StretchId}/{r.Side}"))}",
            SessionPaused => $"{at} Paused",
            SessionResumed => $"{at} Resumed",
            SessionEnded s => $"{at} Ended {s.Result.Outcome}",
            _ => $"{at} {e.GetType().Name}",
        };
    }
}
