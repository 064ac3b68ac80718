namespace Supple.Core.Safety;

/// <summary>Everything the safety rules look at: past sessions, pain ratings and resumed stretches.</summary>
/// <param name="Sessions">Past sessions, in any order.</param>
/// <param name="PainReadings">Pain ratings (before sessions and check-ins), in any order.</param>
/// <param name="Resumptions">Paused stretches the person resumed, in any order.</param>
public sealed record SafetyHistory(
    IReadOnlyList<SessionHistoryEntry> Sessions,
    IReadOnlyList<PainReading> PainReadings,
    IReadOnlyList<StretchResumption> Resumptions)
{
    /// <summary>No history at all (a new user).</summary>
    public static SafetyHistory Empty { get; } = new([], [], []);
}
