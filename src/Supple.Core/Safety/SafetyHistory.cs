using Supple.Core.History;
using Supple.Core.Statistics;

namespace Supple.Core.Safety;

/// <summary>Everything the safety rules look at: past sessions, pain check-ins and resumed stretches.</summary>
/// <param name="Sessions">Past sessions (guided and logged), in any order.</param>
/// <param name="PainEntries">Pain check-ins outside sessions, in any order.</param>
/// <param name="Resumptions">Paused stretches the person resumed, in any order.</param>
public sealed record SafetyHistory(
    IReadOnlyList<PracticeSession> Sessions,
    IReadOnlyList<PainEntry> PainEntries,
    IReadOnlyList<StretchResumption> Resumptions)
{
    /// <summary>No history at all (a new user).</summary>
    public static SafetyHistory Empty { get; } = new([], [], []);

    /// <summary>
    /// Every rating of upper-back pain, the pain the trend follows: pain before each session, and every check-in for
    /// the upper back (or for no area in particular). Pain elsewhere (the neck, the lower back) is left out.
    /// </summary>
    public IEnumerable<PainPoint> PainReadings() =>
        Sessions.Where(s => s.PainBefore is not null).Select(s => new PainPoint(s.StartedAt, s.PainBefore!.Value.Value))
            .Concat(PainEntries.Where(e => e.IsUpperBack).Select(e => new PainPoint(e.At, e.Score.Value)));
}
