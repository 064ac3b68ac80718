using System.CommandLine;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Cli.Commands;

/// <summary>
/// <c>supple check FILE…</c>: checks programme files and their translations as a translator or a physiotherapist
/// would before handing them on. A programme file is checked with every translation beside it
/// (<c>my-routine.LANG.yaml</c>); a translation file against the programme beside it. Every problem is listed as
/// <c>file:line:column: field: message</c>, including each text a translation does not give yet.
/// </summary>
internal sealed class CheckCommand : Command
{
    private readonly Argument<string[]> _files = new("files")
    {
        Description = CliText.Localizer[CliText.HelpCheckFiles],
        Arity = ArgumentArity.OneOrMore,
    };

    public CheckCommand(CliConsole console)
        : base("check", CliText.Localizer[CliText.HelpCheck])
    {
        Arguments.Add(_files);
        SetAction(parse =>
        {
            var problems = 0;
            foreach (var file in parse.GetValue(_files) ?? [])
            {
                problems += Check(console, file);
            }

            return problems == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
    }

    /// <summary>Checks one file (and, for a programme, its translations); the number of problems found.</summary>
    private static int Check(CliConsole console, string file)
    {
        if (ProgrammeOf(file) is { } programmeFile)
        {
            var template = Template(console, programmeFile);
            return template is null ? 1 : CheckTranslation(console, template, programmeFile, file);
        }

        var own = Template(console, file);
        if (own is null)
        {
            return 1;
        }

        console.Out.WriteLine(CliText.Localizer.Format(CliText.CheckProgrammeOk, ("file", file), ("stretches", own.English.Stretches.Count), ("texts", own.Texts.Count)));
        var problems = 0;
        foreach (var translation in Siblings(file))
        {
            problems += CheckTranslation(console, own, file, translation);
        }

        return problems;
    }

    private static int CheckTranslation(CliConsole console, ProgrammeTemplate template, string programmeFile, string file)
    {
        var language = ProgrammeTranslation.LanguageOfFile(file, programmeFile)!;
        var text = Read(console, file);
        if (text is null)
        {
            return 1;
        }

        // A custom programme's translation may leave the shared words to Supple's own translation; the built-in's may not.
        var shared = IsBuiltIn(template) ? null : SharedWords(language);
        var errors = ProgrammeTranslation.Check(template, text, file, language, shared);
        foreach (var error in errors)
        {
            console.Out.WriteLine(error.ToString());
        }

        console.Out.WriteLine(errors.Count == 0
            ? CliText.Localizer.Format(CliText.CheckTranslationOk, ("file", file), ("language", language))
            : CliText.Localizer.Format(CliText.CheckProblems, ("file", file), ("count", errors.Count), ("language", language)));
        return errors.Count;
    }

    private static bool IsBuiltIn(ProgrammeTemplate template) =>
        template.Texts.Select(t => (t.Key, t.Text)).SequenceEqual(BuiltInProgramme.Template.Texts.Select(t => (t.Key, t.Text)));

    /// <summary>The built-in translation into the language, whose shared words a custom translation may leave out.</summary>
    private static ProgrammeTranslation? SharedWords(string language)
    {
        try
        {
            return ProgrammeTranslations.BuiltIn.Find(language) ?? ProgrammeTranslations.BuiltIn.Find(language.Split('-')[0]);
        }
        catch (ProgrammeValidationException)
        {
            return null;
        }
    }

    private static ProgrammeTemplate? Template(CliConsole console, string file)
    {
        var text = Read(console, file);
        if (text is null)
        {
            return null;
        }

        try
        {
            return ProgrammeLoader.ParseTemplate(text, file);
        }
        catch (ProgrammeValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                console.Out.WriteLine(error.ToString());
            }

            console.Out.WriteLine(CliText.Localizer.Format(CliText.CheckNotChecked, ("file", file), ("count", ex.Errors.Count)));
            return null;
        }
    }

    private static string? Read(CliConsole console, string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine(CliText.Localizer.Format(CliText.CheckCannotRead, ("file", file), ("message", ex.Message)));
            return null;
        }
    }

    /// <summary>The programme a translation file belongs to (<c>x.yaml</c> for <c>x.de.yaml</c>), when that file exists.</summary>
    private static string? ProgrammeOf(string file)
    {
        var name = Path.GetFileName(file);
        var parts = name.Split('.');
        if (parts.Length < 3)
        {
            return null;
        }

        var programme = Path.Combine(Path.GetDirectoryName(file) ?? "", string.Join('.', parts[..^2]) + "." + parts[^1]);
        return File.Exists(programme) && ProgrammeTranslation.LanguageOfFile(file, programme) is not null ? programme : null;
    }

    /// <summary>The translations beside a programme file, by name.</summary>
    private static IEnumerable<string> Siblings(string programmeFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(programmeFile))!;
        var stem = Path.GetFileNameWithoutExtension(programmeFile);
        var extension = Path.GetExtension(programmeFile);
        var prefix = Path.GetDirectoryName(programmeFile) ?? "";
        return Directory.EnumerateFiles(folder, $"{stem}.*{extension}")
            .Select(Path.GetFileName)
            .Where(n => n is not null && ProgrammeTranslation.LanguageOfFile(n, programmeFile) is not null)
            .Order(StringComparer.Ordinal)
            .Select(n => Path.Combine(prefix, n!));
    }

}
