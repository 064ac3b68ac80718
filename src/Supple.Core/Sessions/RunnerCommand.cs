namespace Supple.Core.Sessions;

/// <summary>What a person can do during a session (see <see cref="SessionRunner.Apply"/>).</summary>
public enum RunnerCommand
{
    /// <summary>Freeze the current step; its remaining time is kept. A second pause does nothing.</summary>
    Pause,

    /// <summary>Continue with the time that was left.</summary>
    Resume,

    /// <summary>End the current step now and start the next; while paused, the next step starts paused.</summary>
    SkipStep,

    /// <summary>End the current stretch now (the rest of it counts as skipped) and start the next stretch.</summary>
    SkipStretch,

    /// <summary>End the session now as <see cref="SessionOutcome.Abandoned"/> (quit, Ctrl+C, SIGTERM).</summary>
    Stop,

    /// <summary>"This hurts": end the session now as <see cref="SessionOutcome.StoppedForPain"/>, recording where.</summary>
    ReportHurt,
}
