using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>A session done without the timer (e.g. with a physiotherapist), entered with <c>supple log</c>.</summary>
/// <param name="At">When it was done.</param>
/// <param name="ProgrammeName">The programme.</param>
/// <param name="Level">The level.</param>
/// <param name="Stretches">What was done (may be empty: "I did my stretches").</param>
/// <param name="PainBefore">Pain before, 0–10, when given.</param>
/// <param name="PainAfter">Pain after, 0–10, when given.</param>
/// <param name="Note">A note, when given.</param>
public sealed record LoggedSession(
    DateTimeOffset At,
    string ProgrammeName,
    DosageLevel Level,
    IReadOnlyList<StretchRecord> Stretches,
    int? PainBefore = null,
    int? PainAfter = null,
    string? Note = null);
