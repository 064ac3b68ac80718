using System.Collections.Frozen;

namespace Supple.Core.Content;

/// <summary>
/// One translation of a programme: a file per language (<c>programme.de.yaml</c> beside <c>programme.yaml</c>) that
/// gives each of the programme's texts in that language, keyed by the programme's ids, plus the words every
/// programme shares (positions, props, default prompts, how a range reads). The format is described in
/// <c>docs/TRANSLATING.md</c>.
/// </summary>
public sealed class ProgrammeTranslation
{
    private ProgrammeTranslation(string language, string fileName, IReadOnlyDictionary<string, string> texts)
    {
        Language = language;
        FileName = fileName;
        Texts = texts;
    }

    /// <summary>The language tag the file declares, e.g. <c>de</c>.</summary>
    public string Language { get; }

    /// <summary>The file's name as given, for messages.</summary>
    public string FileName { get; }

    /// <summary>The translated texts by key (placeholders unfilled), including the shared words (<c>positions.floor</c>, <c>range</c>).</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>
    /// A translation already read and checked: the built-in ones, compiled in (<c>BuiltInTranslationsData.g.cs</c>,
    /// which <c>BuiltInTranslationsDataTests</c> keeps equal to what <see cref="Parse"/> makes of each file).
    /// </summary>
    internal static ProgrammeTranslation Compiled(string language, string fileName, IReadOnlyDictionary<string, string> texts) =>
        new(language, fileName, texts);

    /// <summary>
    /// Reads a translation for use. A partial one is fine (each text it does not give shows in English); anything
    /// else wrong (an id the programme does not have, a broken or missing placeholder, a number written out, bad
    /// YAML) makes it unusable, as with a programme file.
    /// </summary>
    /// <param name="english">The programme it translates.</param>
    /// <param name="yaml">The translation file's text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <param name="language">The language its file name says, checked against its <c>language:</c>; <c>null</c> to skip.</param>
    /// <param name="vocabularyFallback">A translation into the same language whose shared words stand in for any this one lacks.</param>
    /// <exception cref="ProgrammeValidationException">The file has problems other than missing entries.</exception>
    public static ProgrammeTranslation Parse(ProgrammeTemplate english, string yaml, string fileName, string? language = null, ProgrammeTranslation? vocabularyFallback = null)
    {
        var reader = Read(english, yaml, fileName, language, vocabularyFallback);
        if (reader.Errors.Count > 0 || reader.Language is null)
        {
            throw new ProgrammeValidationException([.. reader.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
        }

        return new ProgrammeTranslation(reader.Language, fileName, reader.Texts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// Checks a translation as its translator should: every problem, each with file, line and key, in file order,
    /// including every text of the programme it does not translate yet. Empty when the translation is complete and valid.
    /// </summary>
    /// <param name="english">The programme it translates.</param>
    /// <param name="yaml">The translation file's text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <param name="language">The language its file name says, checked against its <c>language:</c>; <c>null</c> to skip.</param>
    /// <param name="vocabularyFallback">A translation into the same language whose shared words stand in for any this one lacks.</param>
    public static IReadOnlyList<ProgrammeError> Check(ProgrammeTemplate english, string yaml, string fileName, string? language = null, ProgrammeTranslation? vocabularyFallback = null)
    {
        try
        {
            var reader = Read(english, yaml, fileName, language, vocabularyFallback);
            return [.. reader.Errors.Concat(reader.Missing).OrderBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.Field, StringComparer.Ordinal)];
        }
        catch (ProgrammeValidationException ex)
        {
            return ex.Errors;
        }
    }

    /// <summary>
    /// The language a translation's file name gives beside its programme's: <c>de</c> for <c>my-routine.de.yaml</c>
    /// of <c>my-routine.yaml</c>; <c>null</c> when the name is not of that form.
    /// </summary>
    public static string? LanguageOfFile(string translationFileName, string programmeFileName)
    {
        ArgumentNullException.ThrowIfNull(translationFileName);
        ArgumentNullException.ThrowIfNull(programmeFileName);
        var stem = Path.GetFileNameWithoutExtension(programmeFileName);
        var name = Path.GetFileName(translationFileName);
        var extension = Path.GetExtension(programmeFileName);
        if (name.Length <= stem.Length + 1 + extension.Length
            || !name.StartsWith(stem + ".", StringComparison.Ordinal) || !name.EndsWith(extension, StringComparison.Ordinal))
        {
            return null;
        }

        var language = name[(stem.Length + 1)..^extension.Length];
        return language.Length is >= 2 and <= 35 && !language.Contains('.', StringComparison.Ordinal) ? language : null;
    }

    /// <summary>The file name of <paramref name="language"/>'s translation beside <paramref name="programmeFileName"/>: <c>my-routine.de.yaml</c>.</summary>
    public static string FileNameFor(string programmeFileName, string language)
    {
        ArgumentNullException.ThrowIfNull(programmeFileName);
        ArgumentNullException.ThrowIfNull(language);
        var extension = Path.GetExtension(programmeFileName);
        return programmeFileName[..^extension.Length] + "." + language + (extension.Length == 0 ? ".yaml" : extension);
    }

    private static ProgrammeTranslationReader Read(ProgrammeTemplate english, string yaml, string fileName, string? language, ProgrammeTranslation? vocabularyFallback)
    {
        ArgumentNullException.ThrowIfNull(english);
        var root = ProgrammeLoader.ReadYaml(yaml, fileName,
            "The file is empty. A translation needs at least language: and the texts it translates.");
        var reader = new ProgrammeTranslationReader(fileName, english, vocabularyFallback?.Texts);
        reader.Read(root, language);
        return reader;
    }
}
