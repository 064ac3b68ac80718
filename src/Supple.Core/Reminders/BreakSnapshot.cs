namespace Supple.Core.Reminders;

/// <summary>The state of a desk-break schedule at one moment.</summary>
/// <param name="Now">The moment.</param>
/// <param name="Phase">The phase.</param>
/// <param name="NextBreakAt">When the next break is due (in <see cref="BreakPhase.Waiting"/>), or when it became due (in <see cref="BreakPhase.Due"/>); otherwise <c>null</c>.</param>
/// <param name="BreakEndsAt">When the current break ends (in <see cref="BreakPhase.OnBreak"/>), otherwise <c>null</c>.</param>
/// <param name="PausedUntil">When a pause ends (in <see cref="BreakPhase.Paused"/>), otherwise <c>null</c>.</param>
/// <param name="EndsAt">When the whole run ends, or <c>null</c> when it runs until stopped.</param>
/// <param name="PostponesLeft">Postpones left for the current or next break.</param>
/// <param name="SkipsLeftToday">Skips left today.</param>
/// <param name="BreaksTaken">Breaks taken so far in this run.</param>
/// <param name="BreaksSkipped">Breaks skipped so far in this run.</param>
public sealed record BreakSnapshot(
    DateTimeOffset Now,
    BreakPhase Phase,
    DateTimeOffset? NextBreakAt,
    DateTimeOffset? BreakEndsAt,
    DateTimeOffset? PausedUntil,
    DateTimeOffset? EndsAt,
    int PostponesLeft,
    int SkipsLeftToday,
    int BreaksTaken,
    int BreaksSkipped)
{
    /// <summary>Time until the next break is due (zero when due or past), or <c>null</c> outside <see cref="BreakPhase.Waiting"/>.</summary>
    public TimeSpan? TimeToNextBreak =>
        Phase == BreakPhase.Waiting && NextBreakAt is { } next ? (next > Now ? next - Now : TimeSpan.Zero) : null;
}
