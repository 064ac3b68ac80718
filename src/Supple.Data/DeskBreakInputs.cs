namespace Supple.Data;

/// <summary>What <c>supple breaks</c> needs from the store: four documents, when each stretch hurt, and the disclaimer.</summary>
/// <param name="PlanJson">The saved plan, or <c>null</c>.</param>
/// <param name="RemindersJson">The reminder settings, or <c>null</c>.</param>
/// <param name="ResumptionsJson">Resumed stretches, or <c>null</c>.</param>
/// <param name="Hurts">(stretch id, session start) for every session in which a stretch hurt.</param>
/// <param name="SafetyJson">The safety gate, or <c>null</c>.</param>
/// <param name="DisclaimerAcceptedAt">When the disclaimer was accepted, or <c>null</c>.</param>
public sealed record DeskBreakInputs(
    string? PlanJson,
    string? RemindersJson,
    string? ResumptionsJson,
    IReadOnlyList<(string StretchId, DateTimeOffset At)> Hurts,
    string? SafetyJson = null,
    DateTimeOffset? DisclaimerAcceptedAt = null)
{
    /// <summary>Nothing stored yet (no database file).</summary>
    public static DeskBreakInputs Empty { get; } = new(null, null, null, []);
}
