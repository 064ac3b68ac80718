namespace Supple.Core.Sessions;

/// <summary>What a <see cref="SessionRunner"/> is doing at one moment, read atomically for a player's display.</summary>
/// <param name="Step">The current step, or <c>null</c> before the run starts.</param>
/// <param name="Remaining">Time left in the current step (frozen while paused).</param>
/// <param name="IsPaused">True while paused.</param>
/// <param name="IsFinished">True once the session has ended.</param>
public sealed record RunnerSnapshot(TimelineStep? Step, TimeSpan Remaining, bool IsPaused, bool IsFinished);
