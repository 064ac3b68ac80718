using System.Globalization;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// Loads the programme a command works on: the built-in one, or the user's own file, in the language of the run
/// (<see cref="CultureInfo.CurrentUICulture"/>, set from <c>--lang</c> and the environment). A programme file's
/// translations are its sibling files (<c>my-routine.de.yaml</c> beside <c>my-routine.yaml</c>); what they lack is
/// shown in the file's own text, string by string.
/// </summary>
internal static class ProgrammeSource
{
    /// <summary>The programme in the run's language (see <see cref="LoadLocalized"/>).</summary>
    /// <exception cref="UsageException">The file, or a translation of it, cannot be read.</exception>
    /// <exception cref="ProgrammeValidationException">The file, or the translation it needs, is not valid.</exception>
    public static Programme Load(string? path) => LoadLocalized(path).Programme;

    /// <summary>
    /// The built-in programme when <paramref name="path"/> is <c>null</c>, otherwise the file, validated, with the
    /// translation for the run's language when it has one.
    /// </summary>
    /// <exception cref="UsageException">The file, or a translation of it, cannot be read.</exception>
    /// <exception cref="ProgrammeValidationException">The file, or the translation it needs, is not valid.</exception>
    public static LocalizedProgramme LoadLocalized(string? path)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (path is null)
        {
            return ProgrammeTranslations.BuiltIn.For(culture);
        }

        var template = ProgrammeLoader.ParseTemplate(Read(path, CliText.Localizer[CliText.FileProgramme]), path);
        var translations = new ProgrammeTranslations(template, language =>
        {
            var sibling = ProgrammeTranslation.FileNameFor(path, language);
            return File.Exists(sibling) ? new ProgrammeTranslations.File(Read(sibling, CliText.Localizer[CliText.FileTranslation]), sibling) : null;
        }, ProgrammeTranslations.BuiltIn);
        return translations.For(culture);
    }

    private static string Read(string path, string what)
    {
        FileProblems.CheckReadable(path, what);
        try
        {
            return TextFile.Read(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException(CliText.Localizer.Format(CliText.FileCannotRead, ("what", what), ("path", path), ("reason", FileProblems.Describe(ex))), ex);
        }
    }
}
