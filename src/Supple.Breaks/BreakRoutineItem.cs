namespace Supple.Breaks;

/// <summary>One stretch of the break routine and its level, as the store records the break.</summary>
/// <param name="StretchId">The stretch.</param>
/// <param name="Level">gentle, standard or full.</param>
internal sealed record BreakRoutineItem(string StretchId, string Level);
