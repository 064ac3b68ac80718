using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>What is known when a guided session starts.</summary>
/// <param name="StartedAt">When it started.</param>
/// <param name="ProgrammeName">The programme, e.g. <c>built-in</c>.</param>
/// <param name="DosageLevel">The level.</param>
/// <param name="PainBefore">Pain before, 0–10, when asked.</param>
/// <param name="PlannedStretchIds">The stretches planned, in order (informational).</param>
public sealed record SessionStart(
    DateTimeOffset StartedAt,
    string ProgrammeName,
    DosageLevel DosageLevel,
    int? PainBefore,
    IReadOnlyList<string> PlannedStretchIds);
