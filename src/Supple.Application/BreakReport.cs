using Supple.Core.Sessions;

namespace Supple.Application;

/// <summary>One desk break as it happened, for the record: a break is a session like any other, so the pause rules see it.</summary>
/// <param name="BreakId">The id the break loop made for it: reporting it again is the same session.</param>
/// <param name="Routine">The routine it played.</param>
/// <param name="StartedAt">When the break started.</param>
/// <param name="Elapsed">How long it ran.</param>
/// <param name="End">How it ended: played through (<see cref="StepEnd.Played"/>), ended early or quit (<see cref="StepEnd.Stopped"/>), or "this hurts" (<see cref="StepEnd.Hurt"/>).</param>
public sealed record BreakReport(Guid BreakId, Routine Routine, DateTimeOffset StartedAt, TimeSpan Elapsed, StepEnd End);
