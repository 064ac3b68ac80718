namespace Supple.Core.Planning;

/// <summary>One question of the assessment, as both front ends ask it.</summary>
/// <param name="Key">The answer file's (and API body's) property name.</param>
/// <param name="Text">The question.</param>
/// <param name="Hint">A short line of help, or <c>null</c>.</param>
public sealed record AssessmentQuestion(string Key, string Text, string? Hint);
