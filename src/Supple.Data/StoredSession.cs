using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>One session as stored, found by the id the store gave it or by its stable id.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="Uid">The stable id (kept by export and import; a client's id for a session it started).</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; <c>null</c> while open.</param>
/// <param name="Day">The day it counts for.</param>
/// <param name="ProgrammeName">The programme.</param>
/// <param name="Level">The level recorded.</param>
/// <param name="Source">How it got into the history.</param>
/// <param name="Outcome">How it ended; <c>null</c> while it is open.</param>
/// <param name="PainBefore">Pain before, when given.</param>
/// <param name="PainAfter">Pain after, when given.</param>
/// <param name="Hurt">The "this hurts" report, when there was one.</param>
/// <param name="Stretches">The stretch records saved so far, in order.</param>
/// <param name="Play">The routine and steps played (<c>SessionPlaySerializer</c>), or <c>null</c>.</param>
public sealed record StoredSession(
    long Id,
    Guid Uid,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    DateOnly Day,
    string ProgrammeName,
    DosageLevel Level,
    SessionSource Source,
    SessionOutcome? Outcome,
    int? PainBefore,
    int? PainAfter,
    HurtReport? Hurt,
    IReadOnlyList<StretchRecord> Stretches,
    string? Play)
{
    /// <summary>True once it has ended.</summary>
    public bool Finished => Outcome is not null;
}
