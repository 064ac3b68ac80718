using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Application;

/// <summary>A guided session as the doors show it: its state, the records saved so far, and where it stands.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="ClientId">Its stable id (the client's id when a client made one).</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; <c>null</c> while open.</param>
/// <param name="Level">The level recorded.</param>
/// <param name="Source">Guided or a desk break.</param>
/// <param name="Outcome">How it ended; <c>null</c> while open.</param>
/// <param name="PainBefore">Pain before, when given.</param>
/// <param name="PainAfter">Pain after, when given.</param>
/// <param name="Hurt">The "this hurts" report, when there was one.</param>
/// <param name="Stretches">The stretch records saved so far, in order.</param>
/// <param name="Timeline">The timeline it plays (<c>null</c> when it cannot be compiled here, e.g. another programme file).</param>
/// <param name="NextStep">The step whose outcome is expected next (the timeline's length once it has ended).</param>
/// <param name="Routine">The routine the timeline was compiled from, when <paramref name="Timeline"/> is given.</param>
public sealed record SessionState(
    long Id,
    Guid ClientId,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    DosageLevel Level,
    SessionSource Source,
    SessionOutcome? Outcome,
    int? PainBefore,
    int? PainAfter,
    HurtReport? Hurt,
    IReadOnlyList<StretchRecord> Stretches,
    Timeline? Timeline,
    int NextStep,
    Routine? Routine = null)
{
    /// <summary>True once it has ended.</summary>
    public bool Finished => Outcome is not null;
}
