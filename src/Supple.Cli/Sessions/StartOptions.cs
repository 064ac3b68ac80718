using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>The options of <c>supple start</c>, parsed.</summary>
internal sealed record StartOptions(
    DosageLevel Level,
    IReadOnlyList<string> Only,
    string? ProgrammeFile,
    string? Db,
    bool Plain,
    bool Quiet,
    bool Voice,
    bool AcceptDisclaimer,
    int? PainBefore,
    int? PainAfter,
    bool UsePlan = false);
