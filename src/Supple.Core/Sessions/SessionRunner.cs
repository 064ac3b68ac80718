namespace Supple.Core.Sessions;

/// <summary>
/// Plays a <see cref="Timeline"/> on an injected <see cref="TimeProvider"/>. Every step's end is an absolute
/// deadline on the provider's clock, so waiting never accumulates drift. Commands may be called from any thread.
/// </summary>
public sealed class SessionRunner
{
    /// <summary>Creates a runner for <paramref name="timeline"/> timed by <paramref name="timeProvider"/>.</summary>
    public SessionRunner(Timeline timeline, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Timeline = timeline;
        TimeProvider = timeProvider;
    }

    /// <summary>The timeline being played.</summary>
    public Timeline Timeline { get; }

    /// <summary>The clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// Plays the timeline to its end (or until stopped), calling <paramref name="onEvent"/> on the runner's
    /// own loop for every event, in order. Cancelling <paramref name="cancellationToken"/> ends the session as
    /// <see cref="SessionOutcome.Abandoned"/>.
    /// </summary>
    public Task<SessionResult> RunAsync(Action<RunnerEvent> onEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onEvent);
        throw new NotImplementedException($"filled in by the session-engine work ({Timeline.Steps.Count} steps)");
    }

    /// <summary>Pauses the current step; its remaining time is kept.</summary>
    public void Pause() => throw new NotImplementedException();

    /// <summary>Resumes a paused step with the time it had left.</summary>
    public void Resume() => throw new NotImplementedException();

    /// <summary>Ends the current step now and moves to the next.</summary>
    public void SkipStep() => throw new NotImplementedException();

    /// <summary>Ends the current stretch now (recorded as skipped) and moves to the next stretch.</summary>
    public void SkipStretch() => throw new NotImplementedException();

    /// <summary>Ends the session now as <see cref="SessionOutcome.Abandoned"/>.</summary>
    public void Stop() => throw new NotImplementedException();

    /// <summary>"This hurts": ends the session now as <see cref="SessionOutcome.StoppedForPain"/>, recording the stretch and side.</summary>
    public void ReportHurt() => throw new NotImplementedException();
}
