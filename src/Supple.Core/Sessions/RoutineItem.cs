namespace Supple.Core.Sessions;

/// <summary>One stretch of a routine and how much of it to do.</summary>
/// <param name="StretchId">The stretch's id in the programme.</param>
/// <param name="Level">The level used where <paramref name="Explicit"/> is <c>null</c>.</param>
/// <param name="Explicit">Explicit numbers, each within the stretch's ranges, or <c>null</c>.</param>
public sealed record RoutineItem(string StretchId, DosageLevel Level, ResolvedDosage? Explicit = null);
