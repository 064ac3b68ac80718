using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Resources;
using Supple.Core.History;
using Supple.Core.Localization;

namespace Supple.Cli.History;

/// <summary>The table of <c>supple history</c>: sessions and pain entries interleaved, newest first.</summary>
internal static class HistoryView
{
    private static Microsoft.Extensions.Localization.IStringLocalizer L => CliText.Localizer;

    /// <param name="history">What to show.</param>
    /// <param name="zone">The time zone to show times in.</param>
    /// <param name="days">The period asked for, if any (for the empty message).</param>
    /// <param name="nameOf">A stretch's name from its id (people read names; ids stay in --json); by default the id.</param>
    public static IRenderable Render(Data.History history, TimeZoneInfo zone, int? days, Func<string, string>? nameOf = null)
    {
        nameOf ??= id => id;
        if (history.Sessions.Count == 0 && history.PainEntries.Count == 0)
        {
            (string, object?)[] commands = [("start", "supple start"), ("pain", "supple pain 3")];
            var text = days is { } d
                ? L.Format(CliText.HistoryNothingInDays, [("days", d), .. commands])
                : L.Format(CliText.HistoryNothingYet, commands);
            return new Markup(Markup.Escape(text)
                .Replace("supple start", "[bold]supple start[/]", StringComparison.Ordinal)
                .Replace("supple pain 3", "[bold]supple pain 3[/]", StringComparison.Ordinal));
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(Markup.Escape(L[CliText.HistoryWhen])).AddColumn(Markup.Escape(L[CliText.HistoryWhat])).AddColumn(Markup.Escape(L[CliText.HistoryDetails]));
        var rows = history.Sessions.Select(s => (At: s.StartedAt, Row: SessionRow(s, nameOf)))
            .Concat(history.PainEntries.Select(p => (At: p.At, Row: PainRow(p))))
            .OrderByDescending(r => r.At);
        foreach (var (at, row) in rows)
        {
            table.AddRow(new Text(HistoryFormat.LocalTime(at, zone)), row.What, row.Details);
        }

        table.Caption(Markup.Escape(L.Format(CliText.HistoryCaption, ("zone", zone.Id))));
        return table;
    }

    private static (IRenderable What, IRenderable Details) SessionRow(PracticeSession s, Func<string, string> nameOf)
    {
        var what = new Markup(s.Source switch
        {
            SessionSource.Logged => $"{Markup.Escape(L[CliText.HistorySession])} [dim]{Markup.Escape(L[CliText.HistoryLogged])}[/]",
            SessionSource.DeskBreak => Markup.Escape(L[CliText.HistoryDeskBreak]),
            _ => Markup.Escape(L[CliText.HistorySession]),
        });
        var lines = new List<string>
        {
            Markup.Escape($"{HistoryFormat.Outcome(s.Outcome, s.NeverFinished)} · {ProgrammeName(s.ProgrammeName)}, {Sessions.SessionText.Level(s.Level)}"
                + (s.EndedAt is { } end && end > s.StartedAt ? " · " + Minutes(end - s.StartedAt) : "")),
        };
        if (s.PainBefore is not null || s.PainAfter is not null)
        {
            lines.Add(Markup.Escape(L.Format(CliText.HistoryPainLine, ("before", (object?)s.PainBefore?.Value ?? "?"), ("after", (object?)s.PainAfter?.Value ?? "?"))));
        }

        // One renderable per stretch, indented as a block, so a line that wraps in a narrow terminal keeps its
        // indent instead of running back under the session's own lines.
        var stretches = new List<IRenderable>();
        foreach (var r in s.Stretches)
        {
            var nothingCounted = r.RepsDone == 0 && r.SetsDone == 0 && r.SecondsHeld == 0;
            var detail = nothingCounted
                ? (r.Skipped ? "" : r.Partial ? L[CliText.HistoryCutShort] : L[CliText.HistoryDone])
                : L.Format(CliText.HistoryCounts, ("reps", r.RepsDone), ("sets", r.SetsDone), ("seconds", r.SecondsHeld));
            var flags = (r.Skipped ? (nothingCounted ? $"[grey]{Markup.Escape(L[CliText.HistorySkipped])}[/]" : $" [grey]{Markup.Escape(L[CliText.HistoryPartSkipped])}[/]") : "")
                + (r.Partial && !nothingCounted ? $" [grey]{Markup.Escape(L[CliText.HistoryCutShortFlag])}[/]" : "")
                + (r.Hurt ? $" [yellow]{Markup.Escape(L[CliText.HistoryHurtFlag])}[/]" : "");
            stretches.Add(new Markup($"{Markup.Escape(nameOf(r.StretchId) + HistoryFormat.Side(r.Side))}: {Markup.Escape(detail)}{flags}"));
        }

        var after = new List<string>();
        if (s.Hurt is { } hurt)
        {
            after.Add($"[yellow]{Markup.Escape(L.Format(CliText.HistoryStoppedHurt, ("stretch", nameOf(hurt.StretchId) + HistoryFormat.Side(hurt.Side))))}[/]");
        }

        if (s.Note is { } note)
        {
            after.Add($"[italic]{Markup.Escape(note)}[/]");
        }

        var colour = s.Outcome switch
        {
            Core.Sessions.SessionOutcome.Completed => "green",
            Core.Sessions.SessionOutcome.StoppedForPain => "yellow",
            _ => "grey",
        };
        lines[0] = $"[{colour}]{lines[0]}[/]";
        var details = new List<IRenderable> { new Markup(string.Join('\n', lines)) };
        if (stretches.Count > 0)
        {
            details.Add(new Padder(new Rows(stretches), new Padding(2, 0, 0, 0)));
        }

        if (after.Count > 0)
        {
            details.Add(new Markup(string.Join('\n', after)));
        }

        return (what, new Rows(details));
    }

    /// <summary>The programme a session played: the built-in one by a name in the run's language, a file's by its own.</summary>
    private static string ProgrammeName(string name) =>
        name == Core.Content.BuiltInProgramme.Name ? CliText.Localizer[CliText.HistoryBuiltInProgramme] : name;

    private static string Minutes(TimeSpan duration) =>
        duration < TimeSpan.FromMinutes(1)
            ? L[CliText.HistoryUnderAMinute]
            : L.Format(CliText.HistoryMinutes, ("minutes", (int)Math.Round(duration.TotalMinutes)));

    private static (IRenderable What, IRenderable Details) PainRow(PainEntry p)
    {
        var details = $"{p.Score.Value}/10" + (p.Area is { } area ? $" · {area.ToName()}" : "") + (p.Note is { } note ? $" · {note}" : "");
        return (new Text(L[CliText.HistoryPain]), new Text(details));
    }
}
