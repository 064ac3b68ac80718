using Supple.Core.Sessions;

namespace Supple.Web.Data;

/// <summary>A guided session as the API shows it: its id, state, pain scores and the stretches saved so far.</summary>
public sealed record SessionView(
    long Id,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    DosageLevel Level,
    SessionOutcome? Outcome,
    int? PainBefore,
    int? PainAfter,
    HurtReport? Hurt,
    IReadOnlyList<StretchRecord> Stretches)
{
    public bool Finished => Outcome is not null;
}
