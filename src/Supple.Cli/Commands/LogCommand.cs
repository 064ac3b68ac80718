using System.CommandLine;
using Spectre.Console;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Localization;
using Supple.Core.Sessions;
using Supple.Data;

namespace Supple.Cli.Commands;

/// <summary><c>supple log [--stretch ID …] [--at TIME]</c>: records a session done without the timer (e.g. with a physio).</summary>
internal sealed class LogCommand : Command
{
    private readonly Option<string[]> _stretch = new("--stretch")
    {
        Description = CliText.Localizer.Format(CliText.HelpLogStretch, ("command", "'supple stretches'")),
        HelpName = "ID",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = result => [.. result.Tokens
            .SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };

    private readonly Option<string?> _at = new("--at")
    {
        Description = CliText.Localizer.Format(CliText.HelpAt, ("examples", "2026-03-01 18:30, 18:30, yesterday, yesterday 18:30")),
        HelpName = "TIME",
    };

    private readonly Option<DosageLevel?> _level = CommonOptions.Level();

    private readonly Option<string?> _painBefore = new("--pain-before")
    {
        Description = CliText.Localizer[CliText.HelpLogPainBefore],
        HelpName = "0-10",
    };

    private readonly Option<string?> _painAfter = new("--pain-after")
    {
        Description = CliText.Localizer[CliText.HelpLogPainAfter],
        HelpName = "0-10",
    };

    private readonly Option<string?> _note = new("--note")
    {
        Description = CliText.Localizer[CliText.HelpLogNote],
        HelpName = "TEXT",
    };

    private readonly Option<string?> _programme = CommonOptions.Programme();
    private readonly Option<string?> _db = CommonOptions.Db();

    public LogCommand(CliConsole console)
        : base("log", CliText.Localizer[CliText.HelpLog])
    {
        Options.Add(_stretch);
        Options.Add(_at);
        Options.Add(_level);
        Options.Add(_painBefore);
        Options.Add(_painAfter);
        Options.Add(_note);
        Options.Add(_programme);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            // Records keep the programme's own title, whatever the language of this run.
            var programme = ProgrammeSource.LoadLocalized(parse.GetValue(_programme)).Original;
            var known = programme.Stretches.Select(s => s.Id).ToList();
            var ids = parse.GetValue(_stretch) ?? [];
            foreach (var id in ids)
            {
                if (!known.Contains(id, StringComparer.Ordinal))
                {
                    throw new UsageException(CliText.Localizer.Format(CliText.ErrorUnknownStretch, ("id", id), ("known", string.Join(", ", known))));
                }
            }

            var before = Pain(parse.GetValue(_painBefore), "--pain-before");
            var after = Pain(parse.GetValue(_painAfter), "--pain-after");
            var note = parse.GetValue(_note);
            if (note is { Length: > PainEntry.MaxNoteLength })
            {
                throw new UsageException(CliText.Localizer.Format(CliText.JournalNoteTooLong, ("length", note.Length), ("max", PainEntry.MaxNoteLength)));
            }

            // Logging a session done with a clinician is allowed whatever the safety gate says.
            await using var data = CliApp.Open(console, parse.GetValue(_db));
            var zone = await data.App.Journal.TimeZoneAsync(ct);
            var at = TimeArgument.Parse(parse.GetValue(_at), console.Time.GetUtcNow(), zone);
            // The timer did not run, so no counts are known: each named stretch is recorded as done, without reps.
            var records = ids.Distinct(StringComparer.Ordinal).Select(id => new StretchRecord(id, Side.None, 0, 0, 0, Skipped: false, Hurt: false)).ToList();
            var name = parse.GetValue(_programme) is null ? BuiltInProgramme.Name : programme.Title;
            await data.App.Journal.LogAsync(new LoggedSession(at, name, parse.LevelOrDefault(_level), records, before, after, note), ct);
            console.Ansi.WriteLine(CliText.Localizer.Format(CliText.LogLogged, ("stretches", records.Count), ("when", HistoryFormat.LocalTime(at, zone)), ("zone", zone.Id)));
            return ExitCodes.Ok;
        });
    }

    private static int? Pain(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return PainScore.TryParse(text, out var score, out var error) ? score.Value : throw new UsageException($"{option}: {error}");
    }
}
