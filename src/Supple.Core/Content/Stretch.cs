namespace Supple.Core.Content;

/// <summary>One stretch of a programme, with everything needed to teach it and to time it.</summary>
/// <param name="Id">Stable kebab-case id, e.g. <c>shoulder-blade-squeeze</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Summary">What the stretch does and why it helps.</param>
/// <param name="Positions">The positions it can be done in (any one of them).</param>
/// <param name="Props">What is needed; each entry is satisfied by any one of its alternatives.</param>
/// <param name="Setup">One line on how to get into the starting position, read out before the first hold.</param>
/// <param name="Steps">The steps, in order.</param>
/// <param name="Cues">Breathing and form cues.</param>
/// <param name="Prompts">Short lines for each step of the guided session.</param>
/// <param name="Dosage">Hold time, repetitions, sets, sides, or a flow.</param>
/// <param name="ReferenceNumbers">Numbers of the references this stretch cites (may be empty).</param>
public sealed record Stretch(
    string Id,
    string Name,
    string Summary,
    IReadOnlyList<Position> Positions,
    IReadOnlyList<PropRequirement> Props,
    string Setup,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Cues,
    StretchPrompts Prompts,
    Dosage Dosage,
    IReadOnlyList<int> ReferenceNumbers);
