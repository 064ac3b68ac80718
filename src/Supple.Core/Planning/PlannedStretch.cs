namespace Supple.Core.Planning;

/// <summary>A stretch in a plan, with why it is there.</summary>
/// <param name="StretchId">The stretch's id in the programme.</param>
/// <param name="Emphasis">Focus or supporting.</param>
/// <param name="Why">One short reason per cause it answers (or what it does, for a supporting stretch).</param>
/// <param name="PropNote">How to do it with what the person has (e.g. a towel instead of a foam roller), or <c>null</c>.</param>
public sealed record PlannedStretch(
    string StretchId,
    StretchEmphasis Emphasis,
    IReadOnlyList<string> Why,
    string? PropNote);
