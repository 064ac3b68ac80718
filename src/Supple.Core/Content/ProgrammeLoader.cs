namespace Supple.Core.Content;

/// <summary>
/// Reads and validates a programme file (YAML). Validation collects every error with its line, column and
/// field; nothing is returned from an invalid file.
/// </summary>
public static class ProgrammeLoader
{
    /// <summary>Parses and validates <paramref name="yaml"/>.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <exception cref="ProgrammeValidationException">The text is not a valid programme.</exception>
    public static Programme Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        throw new NotImplementedException("filled in by the programme work");
    }
}
