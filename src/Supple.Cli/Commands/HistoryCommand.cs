using System.CommandLine;
using Spectre.Console;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;

namespace Supple.Cli.Commands;

/// <summary><c>supple history [--days N] [--json]</c>: sessions and pain entries, newest first.</summary>
internal sealed class HistoryCommand : Command
{
    private readonly Option<int?> _days = new("--days")
    {
        Description = CliText.Localizer[CliText.HelpHistoryDays],
        HelpName = "N",
    };

    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _db = CommonOptions.Db();

    public HistoryCommand(CliConsole console)
        : base("history", CliText.Localizer[CliText.HelpHistory])
    {
        Options.Add(_days);
        Options.Add(_json);
        Options.Add(_db);
        _days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } n && n < 1)
            {
                result.AddError($"--days must be 1 or more (got {n}).");
            }
        });
        SetAction(async (parse, ct) =>
        {
            var days = parse.GetValue(_days);
            await using var data = CliApp.Open(console, parse.GetValue(_db));
            var zone = await data.App.Journal.TimeZoneAsync(ct);
            DateTimeOffset? since = days is { } d ? console.Time.GetUtcNow().AddDays(-d) : null;
            var history = await data.App.Journal.HistoryAsync(since, ct);
            if (parse.GetValue(_json))
            {
                await console.Out.WriteLineAsync(HistoryJson.History(history, zone));
            }
            else
            {
                console.Ansi.Write(HistoryView.Render(history, zone, days, StretchNames.FromBuiltIn));
                console.Ansi.WriteLine();
            }

            return ExitCodes.Ok;
        });
    }
}
