namespace Supple.Core.Content;

/// <summary>One piece of text a programme file gives, as written (placeholders such as <c>{hold}</c> unfilled).</summary>
/// <param name="Key">Its translation key, by id: <c>stretches.cat-camel.steps[2]</c>, <c>causes.poor-posture.name</c>, <c>title</c>.</param>
/// <param name="Text">The text as the file writes it.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column in the file.</param>
public sealed record ProgrammeText(string Key, string Text, int Line, int Column);
