namespace Supple.Core.Sessions;

/// <summary>The result of playing a timeline.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="StartedAt">When it started (from the injected clock).</param>
/// <param name="EndedAt">When it ended.</param>
/// <param name="Stretches">One record per stretch and side that was reached, in order.</param>
/// <param name="Hurt">The "this hurts" report when <see cref="Outcome"/> is <see cref="SessionOutcome.StoppedForPain"/>.</param>
public sealed record SessionResult(
    SessionOutcome Outcome,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    IReadOnlyList<StretchRecord> Stretches,
    HurtReport? Hurt);
