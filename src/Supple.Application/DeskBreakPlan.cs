using Supple.Core.Sessions;

namespace Supple.Application;

/// <summary>What a desk break offers: its micro-routine and the spacing the person set.</summary>
/// <param name="Routine">The micro-routine (paused stretches left out, at the low end of every range).</param>
/// <param name="Timeline">It, compiled.</param>
/// <param name="Every">The spacing saved with <c>supple remind --break-every</c>, or <c>null</c>.</param>
public sealed record DeskBreakPlan(Routine Routine, Timeline Timeline, TimeSpan? Every);
