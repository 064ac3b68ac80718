using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Supple.Core.Content;

/// <summary>
/// Reads and validates a programme file (YAML). Validation collects every error with its line, column and
/// field; nothing is returned from an invalid file. The format is described in <c>docs/PROGRAMME-FILES.md</c>.
/// </summary>
public static class ProgrammeLoader
{
    /// <summary>The largest programme file accepted, in bytes (UTF-8): 1 MiB, far more than any real programme.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>How deeply lists and field groups may nest; a programme needs 6.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses and validates <paramref name="yaml"/>; the English programme, placeholders filled in.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <exception cref="ProgrammeValidationException">The text is not a valid programme.</exception>
    public static Programme Parse(string yaml, string fileName) => ParseTemplate(yaml, fileName).English;

    /// <summary>
    /// Parses and validates <paramref name="yaml"/>, keeping its texts as written (with placeholders and lines), which
    /// is what translations of it are checked against and rendered from.
    /// </summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <exception cref="ProgrammeValidationException">The text is not a valid programme.</exception>
    public static ProgrammeTemplate ParseTemplate(string yaml, string fileName)
    {
        var root = ReadYaml(yaml, fileName,
            "The file is empty. A programme needs at least title, source, stop-rule, disclaimer and stretches.");
        var reader = new ProgrammeFileReader(fileName);
        var programme = reader.ReadProgramme(root);
        if (programme is null || reader.Errors.Count > 0)
        {
            throw new ProgrammeValidationException([.. reader.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
        }

        return new ProgrammeTemplate(fileName, programme, reader.TextLocations);
    }

    /// <summary>
    /// The YAML tree of a programme or translation file, after the checks every such file gets: its size, its syntax,
    /// nesting, anchors, repeated fields, a single document.
    /// </summary>
    /// <exception cref="ProgrammeValidationException">The text fails one of them.</exception>
    internal static YamlNode ReadYaml(string yaml, string fileName, string emptyMessage)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);

        // Length counts UTF-16 units, never more than the UTF-8 bytes: a cheap first check before counting bytes.
        if (yaml.Length > MaxFileBytes || Encoding.UTF8.GetByteCount(yaml) > MaxFileBytes)
        {
            throw Invalid(new ProgrammeError(fileName, 0, 0, "(file)",
                $"The file is larger than {MaxFileBytes / 1024} KiB ({MaxFileBytes:N0} bytes), the most a programme file may be. Check that this is the right file."));
        }

        var preflight = YamlPreflight.Check(yaml, fileName);
        if (preflight.Count > 0)
        {
            throw new ProgrammeValidationException(preflight);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // The preflight reads the same text with the same parser, so this is not expected; report it anyway.
            throw Invalid(new ProgrammeError(fileName, YamlPreflight.ToInt(ex.Start.Line), YamlPreflight.ToInt(ex.Start.Column),
                "(file)", $"This is not valid YAML: {ex.Message}"));
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet's tree builder throws this for event sequences the parser lets through, e.g. an indented
            // field with no name ("  : value"); it carries no position.
            throw Invalid(new ProgrammeError(fileName, 1, 1, "(file)",
                $"This YAML cannot be read as a programme ({ex.Message.Split(" (Parameter", 2)[0]}). Check that every field has a name before its ':' and that the indentation is even."));
        }

        if (stream.Documents.Count == 0)
        {
            throw Invalid(new ProgrammeError(fileName, 1, 1, ProgrammeFileReader.RootPath, emptyMessage));
        }

        return stream.Documents[0].RootNode;
    }

    private static ProgrammeValidationException Invalid(ProgrammeError error) => new([error]);
}
