using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Application;

/// <summary>A session ready to start, with every rule applied: what to play, at which level, and the advice to show first.</summary>
/// <param name="Timeline">The compiled timeline to play.</param>
/// <param name="Routine">The routine it was compiled from (paused stretches left out; gentle on a high-pain day).</param>
/// <param name="Level">The level the session records: the lowest any of its stretches is played at.</param>
/// <param name="Gentle">True when every stretch is at the low end because pain before was 7 or more.</param>
/// <param name="FromPlan">True when it is today's session from the saved plan.</param>
/// <param name="Advice">Advice to show before starting (high pain, a rising trend, paused stretches left out).</param>
public sealed record PreparedSession(Timeline Timeline, Routine Routine, DosageLevel Level, bool Gentle, bool FromPlan, IReadOnlyList<SafetyAdvice> Advice);
