namespace Supple.Core.Content;

/// <summary>Where a piece of programme text sits: its translation key, its field path in the file, and its stretch.</summary>
/// <param name="Key">The key a translation file gives it under, by id: <c>stretches.cat-camel.steps[2]</c>.</param>
/// <param name="Path">The field path in the programme file, by position: <c>stretches[2].steps[2]</c>.</param>
/// <param name="Stretch">The stretch the text belongs to (its dosage fills the placeholders), or <c>null</c>.</param>
/// <param name="Phase">The flow phase the text belongs to, or <c>null</c>.</param>
internal readonly record struct ProgrammeTextSlot(string Key, string Path, Stretch? Stretch, FlowPhase? Phase);
