using Supple.Core.Sessions;

namespace Supple.Core.Safety;

/// <summary>Where one stretch of a plan stands under the safety rules.</summary>
/// <param name="StretchId">The stretch.</param>
/// <param name="Level">The dosage level to use next (never above <see cref="DosageLevel.Full"/>, the top of the article's ranges).</param>
/// <param name="CalmSessions">Sessions in a row with this stretch and no rise in pain since the last change of level.</param>
/// <param name="PausedSince">When the stretch was paused (it hurt twice within 7 days), or <c>null</c>.</param>
/// <param name="LastChange">Why the level last changed, or <c>null</c> when it never has.</param>
public sealed record DosageProgress(
    string StretchId,
    DosageLevel Level,
    int CalmSessions,
    DateTimeOffset? PausedSince,
    string? LastChange)
{
    /// <summary>True when the stretch is paused and is left out of sessions until the person resumes it.</summary>
    public bool IsPaused => PausedSince is not null;
}
