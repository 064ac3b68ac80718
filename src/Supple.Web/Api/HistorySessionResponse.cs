using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Web.Api;

/// <summary>A session in the history.</summary>
public sealed record HistorySessionResponse(
    Guid Id,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    DateOnly Day,
    DosageLevel Level,
    SessionOutcome? Outcome,
    SessionSource Source,
    int? PainBefore,
    int? PainAfter,
    HurtReport? Hurt,
    IReadOnlyList<StretchRecord> Stretches,
    string? Note)
{
    internal static HistorySessionResponse From(PracticeSession s) => new(
        s.Id, s.StartedAt, s.EndedAt, s.Day, s.Level, s.NeverFinished ? null : s.Outcome, s.Source,
        s.PainBefore?.Value, s.PainAfter?.Value, s.Hurt, s.Stretches, s.Note);
}
