using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>
/// A guided session that is over, saved whole at once (see <see cref="SuppleStore.SaveCompletedSessionAsync"/>): one
/// played to the end, or one played offline and sent when the device was back online, however it ended.
/// </summary>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; not before it started.</param>
/// <param name="ProgrammeName">The programme, e.g. <c>built-in</c>.</param>
/// <param name="DosageLevel">The level.</param>
/// <param name="PainBefore">Pain before, 0–10, when asked.</param>
/// <param name="PainAfter">Pain after, 0–10, when asked.</param>
/// <param name="Stretches">Each stretch done (one side of it), in order, with when it finished.</param>
/// <param name="Outcome">How it ended (completed unless said otherwise).</param>
/// <param name="Hurt">The "this hurts" report when it was stopped for pain.</param>
/// <param name="Uid">Its stable id (a client-made id for a session played offline); a new one when <c>null</c>.</param>
/// <param name="Source">How it was played (a guided session unless said otherwise, e.g. a desk break).</param>
public sealed record CompletedSession(
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    string ProgrammeName,
    DosageLevel DosageLevel,
    int? PainBefore,
    int? PainAfter,
    IReadOnlyList<RecordedStretch> Stretches,
    SessionOutcome Outcome = SessionOutcome.Completed,
    HurtReport? Hurt = null,
    Guid? Uid = null,
    SessionSource Source = SessionSource.Guided);
