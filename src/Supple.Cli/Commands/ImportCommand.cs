using System.CommandLine;
using Spectre.Console;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Data;

namespace Supple.Cli.Commands;

/// <summary><c>supple import FILE</c>: adds a history written by <c>supple export</c> (JSON or CSV); importing twice adds nothing twice.</summary>
internal sealed class ImportCommand : Command
{
    private readonly Argument<string> _file = new("file")
    {
        Description = CliText.Localizer.Format(CliText.HelpImportFile, ("export", "'supple export'")),
    };

    private readonly Option<string?> _db = CommonOptions.Db();

    private readonly Option<string?> _programme = new("--programme")
    {
        Description = CliText.Localizer[CliText.HelpImportProgramme],
        HelpName = "FILE",
    };

    public ImportCommand(CliConsole console)
        : base("import", CliText.Localizer[CliText.HelpImport])
    {
        Arguments.Add(_file);
        Options.Add(_programme);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(_file)!;
            var rules = parse.GetValue(_programme) is { } programmeFile
                ? ImportRules.ForProgrammes(BuiltInProgramme.Instance, ProgrammeSource.Load(programmeFile))
                : ImportRules.ForProgrammes(BuiltInProgramme.Instance);
            ExportDocument document;
            try
            {
                document = await ExportFile.ReadAsync(path, rules, console.Time.GetUtcNow(), ct);
            }
            catch (FileNotFoundException ex)
            {
                // Supple.Data says it in English; the terminal says it in the run's language.
                throw new UsageException(CliText.Localizer.Format(Directory.Exists(path) ? CliText.ImportIsFolder : CliText.ImportNoSuchFile, ("path", path)), ex);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                throw new UsageException(CliText.Localizer.Format(CliText.ImportCannotRead, ("path", path), ("reason", FileProblems.Describe(ex))), ex);
            }
            catch (ImportFormatException ex)
            {
                throw new UsageException(CliText.Localizer.Format(CliText.ImportNothingImported, ("path", path), ("problem", ex.Message)), ex);
            }

            await using var data = CliApp.Open(console, parse.GetValue(_db));
            var result = await data.App.Journal.ImportAsync(document, rules, ct);
            console.Ansi.WriteLine(CliText.Localizer.Format(CliText.ImportDone,
                ("sessions", result.SessionsAdded), ("entries", result.PainEntriesAdded),
                ("sessionsThere", result.SessionsAlreadyPresent), ("entriesThere", result.PainEntriesAlreadyPresent)));
            return ExitCodes.Ok;
        });
    }
}
