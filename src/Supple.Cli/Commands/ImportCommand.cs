using System.CommandLine;
using Spectre.Console;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
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

    public ImportCommand(CliConsole console)
        : base("import", "Add the sessions and pain entries of an export file; those already present are skipped.")
    {
        Arguments.Add(_file);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(_file)!;
            ExportDocument document;
            try
            {
                document = await ExportFile.ReadAsync(path, ct);
            }
            catch (FileNotFoundException)
            {
                throw new UsageException($"{path} does not exist.");
            }
            catch (ImportFormatException ex)
            {
                throw new UsageException($"{path}: {ex.Message} Nothing was imported.");
            }

            await using var data = CliApp.Open(console, parse.GetValue(_db));
            var result = await data.App.Journal.ImportAsync(document, ct);
            console.Ansi.MarkupLineInterpolated(
                $"Imported {HistoryFormat.Count(result.SessionsAdded, "session", "sessions")} and {HistoryFormat.Count(result.PainEntriesAdded, "pain entry", "pain entries")}; {HistoryFormat.Count(result.SessionsAlreadyPresent, "session", "sessions")} and {HistoryFormat.Count(result.PainEntriesAlreadyPresent, "pain entry", "pain entries")} were already there.");
            return ExitCodes.Ok;
        });
    }
}
