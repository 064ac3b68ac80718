using Supple.Core.Sessions;

namespace Supple.Core.History;

/// <summary>A session as the history shows it.</summary>
/// <param name="Id">Stable id; the same session keeps it across export and import.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; null when it never finished (it then shows as <see cref="SessionOutcome.Abandoned"/>).</param>
/// <param name="Day">The day it counts for, in the time zone the person was in when it started.</param>
/// <param name="ProgrammeName">The programme played, e.g. <c>built-in</c>.</param>
/// <param name="Level">The dosage level.</param>
/// <param name="Outcome">How it ended (a session never finished is <see cref="SessionOutcome.Abandoned"/>).</param>
/// <param name="Source">Guided or logged afterwards.</param>
/// <param name="PainBefore">Pain before, 0–10, when given.</param>
/// <param name="PainAfter">Pain after, 0–10, when given.</param>
/// <param name="Hurt">The "this hurts" report, when there was one.</param>
/// <param name="Stretches">What was done, in order.</param>
/// <param name="Note">Free text, when given.</param>
public sealed record PracticeSession(
    Guid Id,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    DateOnly Day,
    string ProgrammeName,
    DosageLevel Level,
    SessionOutcome Outcome,
    SessionSource Source,
    PainScore? PainBefore,
    PainScore? PainAfter,
    HurtReport? Hurt,
    IReadOnlyList<StretchRecord> Stretches,
    string? Note)
{
    /// <summary>True when the session was started and never finished (a crash, a closed terminal, <c>kill -9</c>).</summary>
    public bool NeverFinished => EndedAt is null;

    /// <summary>True when the day counts as practised: a logged session, or at least one stretch done (see <see cref="Statistics.SummaryRule"/>).</summary>
    public bool CountsAsPractice => Statistics.SummaryRule.CountsAsPractice(Source, Stretches);
}
