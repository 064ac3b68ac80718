namespace Supple.Core.Content;

/// <summary>A flowing stretch: one repetition moves through each phase in order.</summary>
/// <param name="Phases">The phases of one repetition, at least two.</param>
public sealed record Flow(IReadOnlyList<FlowPhase> Phases);
