using System.CommandLine;
using Spectre.Console;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
using Supple.Data;

namespace Supple.Cli.Commands;

/// <summary><c>supple export --format json|csv|fhir|ics [--out FILE]</c>: the whole history.</summary>
internal sealed class ExportCommand : Command
{
    private readonly Option<string> _format = new("--format")
    {
        Description = "json (complete, for 'supple import'), csv (for a spreadsheet; also importable), fhir (FHIR R4 bundle for a clinician) or ics (sessions as calendar events).",
        HelpName = "json|csv|fhir|ics",
        DefaultValueFactory = _ => "json",
    };

    private readonly Option<string?> _out = new("--out")
    {
        Description = "Write to this file instead of standard output.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _db = CommonOptions.Db();

    public ExportCommand(CliConsole console)
        : base("export", "Write your whole history (sessions, stretches, pain diary) as JSON, CSV, FHIR for a clinician, or calendar events.")
    {
        Options.Add(_format);
        Options.Add(_out);
        Options.Add(_db);
        // One line in Supple's own words, like --level's, instead of System.CommandLine's multi-line list.
        _format.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not ("json" or "csv" or "fhir" or "ics") and var format)
            {
                result.AddError($"--format must be json, csv, fhir or ics (got '{format}').");
            }
        });
        SetAction(async (parse, ct) =>
        {
            await using var data = CliApp.Open(console, parse.GetValue(_db));
            var document = await data.App.Journal.ExportAsync(ct);
            var text = parse.GetValue(_format) switch
            {
                "csv" => ExportCsv.Write(document),
                "fhir" => FhirExport.Write(document) + "\n",
                "ics" => IcsExport.Write(document),
                _ => ExportJson.Write(document) + "\n",
            };
            if (parse.GetValue(_out) is { } path)
            {
                // Written beside the target first, so a failure never leaves half a file under the real name.
                var full = Path.GetFullPath(path);
                var temp = full + ".tmp";
                await File.WriteAllTextAsync(temp, text, ct);
                File.Move(temp, full, overwrite: true);
                console.Ansi.MarkupLineInterpolated($"Exported {HistoryFormat.Count(document.Sessions.Count, "session", "sessions")} and {HistoryFormat.Count(document.PainEntries.Count, "pain entry", "pain entries")} to {full}.");
            }
            else
            {
                await console.Out.WriteAsync(text);
            }

            return ExitCodes.Ok;
        });
    }
}
