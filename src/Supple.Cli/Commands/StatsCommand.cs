using System.CommandLine;
using Spectre.Console;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;

namespace Supple.Cli.Commands;

/// <summary>
/// <c>supple stats [--json]</c>: streaks, days practised, completion, pain before/after, the pain trend and
/// per-stretch counts. The application reads them with plain SQL over the summary rows of a local file (no EF Core)
/// and opens the store only when that cannot answer (no file yet, a schema to migrate, PostgreSQL).
/// </summary>
internal sealed class StatsCommand : Command
{
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _db = CommonOptions.Db();

    public StatsCommand(CliConsole console)
        : base("stats", CliText.Localizer[CliText.HelpStats])
    {
        Options.Add(_json);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            await using var data = CliApp.Open(console, parse.GetValue(_db));
            var stats = await data.App.Journal.StatsAsync(ct);
            if (parse.GetValue(_json))
            {
                await console.Out.WriteLineAsync(HistoryJson.Stats(stats));
            }
            else if (console.IsTerminal)
            {
                console.Ansi.Write(StatsView.Render(stats, StretchNames.FromBuiltIn));
                console.Ansi.WriteLine();
            }
            else
            {
                StatsText.Write(console.Out, stats);
            }

            return ExitCodes.Ok;
        });
    }
}
