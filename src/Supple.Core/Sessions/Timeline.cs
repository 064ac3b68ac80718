namespace Supple.Core.Sessions;

/// <summary>
/// A compiled routine: every step in order with exact offsets and durations. Built only by
/// <see cref="TimelineCompiler"/>; the terminal and browser players play it as it is.
/// </summary>
/// <param name="Steps">Every step, the last one being <see cref="StepKind.Done"/>.</param>
/// <param name="Stretches">The stretches in routine order with their step ranges.</param>
/// <param name="TotalDuration">Sum of every step's duration.</param>
public sealed record Timeline(
    IReadOnlyList<TimelineStep> Steps,
    IReadOnlyList<TimelineStretch> Stretches,
    TimeSpan TotalDuration);
