namespace Supple.Core.Content;

/// <summary>One position of a flowing stretch, held for a few seconds.</summary>
/// <param name="Name">Short name, e.g. "Cat".</param>
/// <param name="Instruction">What to do in this phase.</param>
/// <param name="Seconds">How long to stay in it.</param>
public sealed record FlowPhase(string Name, string Instruction, int Seconds);
