using System.CommandLine;
using Spectre.Console;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
using Supple.Core.Content;
using Supple.Data;

namespace Supple.Cli.Commands;

/// <summary><c>supple import FILE</c>: adds a history written by <c>supple export</c> (JSON or CSV); importing twice adds nothing twice.</summary>
internal sealed class ImportCommand : Command
{
    private readonly Argument<string> _file = new("file")
    {
        Description = "A file written by 'supple export' (JSON or CSV).",
    };

    private readonly Option<string?> _db = CommonOptions.Db();

    private readonly Option<string?> _programme = new("--programme")
    {
        Description = "Also accept the stretches of this programme file (YAML), for a history made with it; the built-in stretches are always accepted.",
        HelpName = "FILE",
    };

    public ImportCommand(CliConsole console)
        : base("import", "Add the sessions and pain entries of an export file; those already present are skipped.")
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
                throw new UsageException(ex.Message, ex);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                throw new UsageException($"{path} cannot be read: {FileProblems.Describe(ex)}", ex);
            }
            catch (ImportFormatException ex)
            {
                throw new UsageException($"{path}: {ex.Message} Nothing was imported.", ex);
            }

            await using var data = CliApp.Open(console, parse.GetValue(_db));
            var result = await data.App.Journal.ImportAsync(document, rules, ct);
            console.Ansi.MarkupLineInterpolated(
                $"Imported {HistoryFormat.Count(result.SessionsAdded, "session", "sessions")} and {HistoryFormat.Count(result.PainEntriesAdded, "pain entry", "pain entries")}; {HistoryFormat.Count(result.SessionsAlreadyPresent, "session", "sessions")} and {HistoryFormat.Count(result.PainEntriesAlreadyPresent, "pain entry", "pain entries")} were already there.");
            return ExitCodes.Ok;
        });
    }
}
