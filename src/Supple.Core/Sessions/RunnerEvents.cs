namespace Supple.Core.Sessions;

// The event records a SessionRunner raises. Kept in one file because each is a one-line record
// and they are only ever read together (pattern-matched by players).
#pragma warning disable SA1402, MA0048

/// <summary>A step began.</summary>
/// <param name="At">When.</param>
/// <param name="Step">The step.</param>
public sealed record StepStarted(DateTimeOffset At, TimelineStep Step) : RunnerEvent(At);

/// <summary>A whole second of the current step elapsed.</summary>
/// <param name="At">When.</param>
/// <param name="Step">The step.</param>
/// <param name="SecondsRemaining">Whole seconds left in the step.</param>
public sealed record SecondElapsed(DateTimeOffset At, TimelineStep Step, int SecondsRemaining) : RunnerEvent(At);

/// <summary>3, 2 or 1 seconds remain in a hold or flow step.</summary>
/// <param name="At">When.</param>
/// <param name="Step">The step.</param>
/// <param name="SecondsRemaining">3, 2 or 1.</param>
public sealed record CountdownCue(DateTimeOffset At, TimelineStep Step, int SecondsRemaining) : RunnerEvent(At);

/// <summary>Half of a hold step has passed.</summary>
/// <param name="At">When.</param>
/// <param name="Step">The step.</param>
public sealed record HalfwayReached(DateTimeOffset At, TimelineStep Step) : RunnerEvent(At);

/// <summary>A step ended, played out or cut short.</summary>
/// <param name="At">When.</param>
/// <param name="Step">The step.</param>
/// <param name="Skipped">True when it was cut short before its end (skipped, or the session stopped during it).</param>
/// <param name="Outcome">How it ended, as a player reports it to the store (see <see cref="SessionFold"/>).</param>
public sealed record StepCompleted(DateTimeOffset At, TimelineStep Step, bool Skipped, StepOutcome Outcome) : RunnerEvent(At);

/// <summary>A stretch ended; its records (one per side) are final and can be stored.</summary>
/// <param name="At">When.</param>
/// <param name="Records">What was done.</param>
public sealed record StretchCompleted(DateTimeOffset At, IReadOnlyList<StretchRecord> Records) : RunnerEvent(At);

/// <summary>The session was paused.</summary>
/// <param name="At">When.</param>
public sealed record SessionPaused(DateTimeOffset At) : RunnerEvent(At);

/// <summary>The session was resumed.</summary>
/// <param name="At">When.</param>
public sealed record SessionResumed(DateTimeOffset At) : RunnerEvent(At);

/// <summary>The session ended.</summary>
/// <param name="At">When.</param>
/// <param name="Result">The result.</param>
public sealed record SessionEnded(DateTimeOffset At, SessionResult Result) : RunnerEvent(At);
