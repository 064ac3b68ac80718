namespace Supple.Core.Content;

/// <summary>One problem found in a programme file.</summary>
/// <param name="File">The file's name as given by the user (or <c>built-in</c>).</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Field">Path of the field, e.g. <c>stretches[2].dosage.hold.min</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record ProgrammeError(string File, int Line, int Column, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}: {Field}: {Message}";
}
