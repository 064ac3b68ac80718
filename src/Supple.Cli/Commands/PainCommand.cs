using System.CommandLine;
using Spectre.Console;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;
using Supple.Core.History;
using Supple.Core.Localization;

namespace Supple.Cli.Commands;

/// <summary><c>supple pain &lt;0-10&gt; [--area AREA] [--note TEXT] [--at TIME]</c>: adds a pain diary entry.</summary>
internal sealed class PainCommand : Command
{
    private readonly Argument<string> _score = new("score")
    {
        Description = CliText.Localizer[CliText.HelpPainScore],
    };

    private readonly Option<string?> _area = new("--area")
    {
        Description = CliText.Localizer.Format(CliText.HelpPainArea, ("areas", string.Join(", ", BodyAreas.All))),
        HelpName = "AREA",
    };

    private readonly Option<string?> _note = new("--note")
    {
        Description = CliText.Localizer[CliText.HelpPainNote],
        HelpName = "TEXT",
    };

    private readonly Option<string?> _at = new("--at")
    {
        Description = CliText.Localizer.Format(CliText.HelpAt, ("examples", "2026-03-01 18:30, 18:30, yesterday 18:30")),
        HelpName = "TIME",
    };

    private readonly Option<string?> _db = CommonOptions.Db();

    public PainCommand(CliConsole console)
        : base("pain", CliText.Localizer[CliText.HelpPain])
    {
        Arguments.Add(_score);
        Options.Add(_area);
        Options.Add(_note);
        Options.Add(_at);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            // Everything typed is checked before the database is touched: bad input stores nothing.
            if (!PainScore.TryParse(parse.GetValue(_score), out var score, out var error))
            {
                throw new UsageException(error!);
            }

            BodyArea? area = null;
            if (parse.GetValue(_area) is { } areaText)
            {
                area = BodyAreas.TryParse(areaText, out var parsed)
                    ? parsed
                    : throw new UsageException(CliText.Localizer.Format(CliText.PainUnknownArea, ("area", areaText), ("areas", string.Join(", ", BodyAreas.All))));
            }

            var note = parse.GetValue(_note);
            if (note is { Length: > PainEntry.MaxNoteLength })
            {
                throw new UsageException(CliText.Localizer.Format(CliText.JournalNoteTooLong, ("length", note.Length), ("max", PainEntry.MaxNoteLength)));
            }

            await using var data = CliApp.Open(console, parse.GetValue(_db));
            var zone = await data.App.Journal.TimeZoneAsync(ct);
            var at = TimeArgument.Parse(parse.GetValue(_at), console.Time.GetUtcNow(), zone);
            var entry = PainEntry.Create(at, score, area, note);
            var advice = await data.App.Journal.AddPainAsync(entry, ct);
            var when = HistoryFormat.LocalTime(at, zone);
            console.Ansi.WriteLine(area is { } a
                ? CliText.Localizer.Format(CliText.PainNotedWhere, ("score", score.Value), ("area", a.ToName()), ("when", when))
                : CliText.Localizer.Format(CliText.PainNoted, ("score", score.Value), ("when", when)));
            if (advice is not null)
            {
                console.Ansi.MarkupLineInterpolated($"[yellow]{advice}[/]");
            }

            return ExitCodes.Ok;
        });
    }
}
