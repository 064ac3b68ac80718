using System.CommandLine;
using Spectre.Console;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Data;

namespace Supple.Cli.Commands;

/// <summary><c>supple export --format json|csv|fhir|ics [--out FILE]</c>: the whole history.</summary>
internal sealed class ExportCommand : Command
{
    private readonly Option<string> _format = new("--format")
    {
        Description = CliText.Localizer.Format(CliText.HelpExportFormat, ("json", "json"), ("csv", "csv"), ("fhir", "fhir"), ("ics", "ics"), ("import", "'supple import'")),
        HelpName = "json|csv|fhir|ics",
        DefaultValueFactory = _ => "json",
    };

    private readonly Option<string?> _out = new("--out")
    {
        Description = CliText.Localizer[CliText.HelpExportOut],
        HelpName = "FILE",
    };

    private readonly Option<string?> _db = CommonOptions.Db();

    public ExportCommand(CliConsole console)
        : base("export", CliText.Localizer[CliText.HelpExport])
    {
        Options.Add(_format);
        Options.Add(_out);
        Options.Add(_db);
        // One line in Supple's own words, like --level's, instead of System.CommandLine's multi-line list.
        _format.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not ("json" or "csv" or "fhir" or "ics") and var format)
            {
                result.AddError(CliText.Localizer.Format(CliText.ExportFormatChoice, ("option", "--format"), ("choices", "json, csv, fhir"), ("last", "ics"), ("value", format)));
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
                console.Ansi.WriteLine(CliText.Localizer.Format(CliText.ExportDone, ("sessions", document.Sessions.Count), ("entries", document.PainEntries.Count), ("path", full)));
            }
            else
            {
                await console.Out.WriteAsync(text);
            }

            return ExitCodes.Ok;
        });
    }
}
