using Supple.Core.Content;

namespace Supple.Core.Sessions;

/// <summary>A stretch as it appears in a compiled timeline.</summary>
/// <param name="Index">0-based index in the routine.</param>
/// <param name="StretchId">The stretch's id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Dosage">The numbers used.</param>
/// <param name="Sides">Sides and their order.</param>
/// <param name="FirstStep">Index of its first step.</param>
/// <param name="StepCount">How many steps it has.</param>
/// <param name="StartsAt">Offset of its first step.</param>
/// <param name="Duration">Its total duration.</param>
public sealed record TimelineStretch(
    int Index,
    string StretchId,
    string Name,
    ResolvedDosage Dosage,
    SideOrder Sides,
    int FirstStep,
    int StepCount,
    TimeSpan StartsAt,
    TimeSpan Duration);
