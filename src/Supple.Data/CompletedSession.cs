using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>A guided session done to the end, saved whole at once (see <see cref="SuppleStore.SaveCompletedSessionAsync"/>).</summary>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; not before it started.</param>
/// <param name="ProgrammeName">The programme, e.g. <c>built-in</c>.</param>
/// <param name="DosageLevel">The level.</param>
/// <param name="PainBefore">Pain before, 0–10, when asked.</param>
/// <param name="PainAfter">Pain after, 0–10, when asked.</param>
/// <param name="Stretches">Each stretch done (one side of it), in order, with when it finished.</param>
public sealed record CompletedSession(
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    string ProgrammeName,
    DosageLevel DosageLevel,
    int? PainBefore,
    int? PainAfter,
    IReadOnlyList<RecordedStretch> Stretches);
