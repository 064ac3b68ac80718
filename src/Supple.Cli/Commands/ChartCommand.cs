using System.CommandLine;
using Spectre.Console;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;
using Supple.Core.Localization;

namespace Supple.Cli.Commands;

/// <summary><c>supple chart [--out FILE.png|FILE.svg] [--days N]</c>: pain over time with sessions marked, and sessions per week.</summary>
internal sealed class ChartCommand : Command
{
    private readonly Option<string> _out = new("--out")
    {
        Description = CliText.Localizer[CliText.HelpChartOut],
        HelpName = "FILE",
        DefaultValueFactory = _ => "supple-chart.png",
    };

    private readonly Option<int> _days = new("--days")
    {
        Description = CliText.Localizer[CliText.HelpChartDays],
        HelpName = "N",
        DefaultValueFactory = _ => 90,
    };

    private readonly Option<string?> _db = CommonOptions.Db();

    public ChartCommand(CliConsole console)
        : base("chart", CliText.Localizer[CliText.HelpChart])
    {
        Options.Add(_out);
        Options.Add(_days);
        Options.Add(_db);
        _days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 36_600)
            {
                result.AddError("--days must be from 1 to 36600.");
            }
        });
        SetAction(async (parse, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(_out)!);
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (".png" or ".svg"))
            {
                throw new UsageException($"--out must end in .png or .svg (got '{Path.GetFileName(path)}').");
            }

            var days = parse.GetValue(_days);
            await using var data = CliApp.Open(console, parse.GetValue(_db));
            var zone = await data.App.Journal.TimeZoneAsync(ct);
            var now = console.Time.GetUtcNow();
            var history = await data.App.Journal.HistoryAsync(now.AddDays(-days - 1), ct);
            PainChart.Save(history, zone, now, days, path);

            console.Ansi.WriteLine(CliText.Localizer.Format(CliText.ChartDrew, ("sessions", history.Sessions.Count), ("entries", history.PainEntries.Count), ("days", days), ("path", path)));
            return ExitCodes.Ok;
        });
    }
}
