using System.Globalization;
using Supple.Core.Sessions;

namespace Supple.Core.Tests.Sessions;

/// <summary>
/// Drives a <see cref="SessionRunner"/> by hand, as a host would: the session clock only moves when a test moves it,
/// and every call's events are collected in order. No threads, no timers: every test is deterministic.
/// </summary>
internal sealed class RunnerSession
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 7, 30, 0, TimeSpan.Zero);

    private readonly List<RunnerEvent> _events = [];

    public RunnerSession(Timeline timeline)
    {
        Runner = new SessionRunner(timeline);
        _events.AddRange(Runner.Start(Start));
    }

    public SessionRunner Runner { get; }

    /// <summary>The session clock.</summary>
    public TimeSpan Now { get; private set; }

    public IReadOnlyList<RunnerEvent> Events => _events;

    public SessionResult? Result => Runner.Result;

    /// <summary>Moves the clock on by <paramref name="seconds"/> and collects what the runner raises.</summary>
    public void Advance(double seconds)
    {
        Now += TimeSpan.FromSeconds(seconds);
        _events.AddRange(Runner.AdvanceTo(Now));
    }

    /// <summary>Gives a command at the current time.</summary>
    public void Give(RunnerCommand command) => _events.AddRange(Runner.Apply(command, Now));

    /// <summary>Moves the clock to each moment the runner says is due until the session ends.</summary>
    public SessionResult RunToEnd()
    {
        while (!Runner.IsFinished)
        {
            Now = Runner.NextDue ?? throw new InvalidOperationException($"Nothing is due at {Now} (paused?).");
            _events.AddRange(Runner.AdvanceTo(Now));
        }

        return Runner.Result!;
    }

    /// <summary>One line per event, e.g. "6.5 Halfway Hold", with the time in seconds since the start.</summary>
    public IReadOnlyList<string> Transcript() => [.. _events.Select(Describe)];

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
