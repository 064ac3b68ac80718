using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>The options of <c>supple start</c>, parsed.</summary>
/// <param name="Level">--level, or <c>null</c> (the plan's levels, else standard).</param>
/// <param name="Only">--only, or empty.</param>
/// <param name="ProgrammeFile">--programme, or <c>null</c>.</param>
/// <param name="Db">--db, or <c>null</c>.</param>
/// <param name="Plain">--plain.</param>
/// <param name="Quiet">--quiet.</param>
/// <param name="Voice">--voice.</param>
/// <param name="AcceptDisclaimer">--accept-disclaimer.</param>
/// <param name="PainBefore">--pain-before.</param>
/// <param name="PainAfter">--pain-after.</param>
/// <param name="UsePlan">Play today's stretches from the saved plan when no --level or --only is given.</param>
internal sealed record StartOptions(
    DosageLevel? Level,
    IReadOnlyList<string> Only,
    string? ProgrammeFile,
    string? Db,
    bool Plain,
    bool Quiet,
    bool Voice,
    bool AcceptDisclaimer,
    int? PainBefore,
    int? PainAfter,
    bool UsePlan = true);
