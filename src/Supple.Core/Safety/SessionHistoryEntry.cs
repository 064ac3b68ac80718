using Supple.Core.Sessions;

namespace Supple.Core.Safety;

/// <summary>One past session, as the safety rules need it.</summary>
/// <param name="At">When it started.</param>
/// <param name="PainBefore">Pain 0–10 rated before it, or <c>null</c> when not rated.</param>
/// <param name="PainAfter">Pain 0–10 rated after it, or <c>null</c> when not rated.</param>
/// <param name="Stretches">What was done, one record per stretch and side.</param>
public sealed record SessionHistoryEntry(
    DateTimeOffset At,
    int? PainBefore,
    int? PainAfter,
    IReadOnlyList<StretchRecord> Stretches)
{
    /// <summary>How much pain rose from before to after, or <c>null</c> when either rating is missing.</summary>
    public int? PainRise => PainBefore is { } before && PainAfter is { } after ? after - before : null;
}
