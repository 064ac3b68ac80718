using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Core.Planning;

/// <summary>What "today's stretches" are: the plan's routine after the safety rules, with any advice to show first.</summary>
/// <param name="Routine">The routine to play (paused stretches left out; may be empty).</param>
/// <param name="Gentle">True when every stretch is at the low end because pain before the session was high.</param>
/// <param name="Advice">Advice to show before starting (empty when none).</param>
/// <param name="Progress">Each planned stretch's level and pause state.</param>
public sealed record TodaysSession(
    Routine Routine,
    bool Gentle,
    IReadOnlyList<SafetyAdvice> Advice,
    IReadOnlyList<DosageProgress> Progress);
