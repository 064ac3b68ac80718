using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>What is known when a session starts.</summary>
/// <param name="StartedAt">When.</param>
/// <param name="ProgrammeName">The built-in programme's name or the programme file given.</param>
/// <param name="Level">The dosage level.</param>
/// <param name="Timeline">The compiled timeline to be played.</param>
/// <param name="PainBefore">Pain 0–10 before, or <c>null</c> when skipped.</param>
internal sealed record SessionStart(DateTimeOffset StartedAt, string ProgrammeName, DosageLevel Level, Timeline Timeline, int? PainBefore);
