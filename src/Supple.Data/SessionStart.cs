using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>What is known when a guided session starts.</summary>
/// <param name="StartedAt">When it started.</param>
/// <param name="ProgrammeName">The programme, e.g. <c>built-in</c>.</param>
/// <param name="DosageLevel">The level.</param>
/// <param name="PainBefore">Pain before, 0–10, when asked.</param>
/// <param name="PlannedStretchIds">The stretches planned, in order (informational).</param>
/// <param name="Uid">Its stable id (a client-made id, so a repeated start is the same session); a new one when <c>null</c>.</param>
/// <param name="Play">The routine and the steps played so far (<c>SessionPlaySerializer</c>), or <c>null</c>.</param>
/// <param name="Source">Guided (the default) or a desk break.</param>
public sealed record SessionStart(
    DateTimeOffset StartedAt,
    string ProgrammeName,
    DosageLevel DosageLevel,
    int? PainBefore,
    IReadOnlyList<string> PlannedStretchIds,
    Guid? Uid = null,
    string? Play = null,
    SessionSource Source = SessionSource.Guided);
