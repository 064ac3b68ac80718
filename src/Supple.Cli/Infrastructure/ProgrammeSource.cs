using Supple.Core.Content;

namespace Supple.Cli.Infrastructure;

/// <summary>Loads the programme a command works on: the built-in one, or the user's own file.</summary>
internal static class ProgrammeSource
{
    /// <summary>
    /// The built-in programme when <paramref name="path"/> is <c>null</c>, otherwise the file, validated.
    /// </summary>
    /// <exception cref="UsageException">The file cannot be read.</exception>
    /// <exception cref="ProgrammeValidationException">The file is not a valid programme.</exception>
    public static Programme Load(string? path)
    {
        if (path is null)
        {
            return BuiltInProgramme.Instance;
        }

        FileProblems.CheckReadable(path, "the programme file");
        string text;
        try
        {
            text = TextFile.Read(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read the programme file '{path}': {FileProblems.Describe(ex)}.", ex);
        }

        return ProgrammeLoader.Parse(text, path);
    }
}
