using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Core.History;

namespace Supple.Cli.History;

/// <summary>The table of <c>supple history</c>: sessions and pain entries interleaved, newest first.</summary>
internal static class HistoryView
{
    /// <param name="history">What to show.</param>
    /// <param name="zone">The time zone to show times in.</param>
    /// <param name="days">The period asked for, if any (for the empty message).</param>
    /// <param name="nameOf">A stretch's name from its id (people read names; ids stay in --json); by default the id.</param>
    public static IRenderable Render(Data.History history, TimeZoneInfo zone, int? days, Func<string, string>? nameOf = null)
    {
        nameOf ??= id => id;
        if (history.Sessions.Count == 0 && history.PainEntries.Count == 0)
        {
            return new Markup(days is { } d
                ? $"Nothing recorded in the last {HistoryFormat.Days(d)}. Start a session with [bold]supple start[/] or note pain with [bold]supple pain 3[/]."
                : "Nothing recorded yet. Start a session with [bold]supple start[/] or note pain with [bold]supple pain 3[/].");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("When").AddColumn("What").AddColumn("Details");
        var rows = history.Sessions.Select(s => (At: s.StartedAt, Row: SessionRow(s, nameOf)))
            .Concat(history.PainEntries.Select(p => (At: p.At, Row: PainRow(p))))
            .OrderByDescending(r => r.At);
        foreach (var (at, row) in rows)
        {
            table.AddRow(new Text(HistoryFormat.LocalTime(at, zone)), row.What, row.Details);
        }

        table.Caption($"Times in {zone.Id}. Newest first.");
        return table;
    }

    private static (IRenderable What, IRenderable Details) SessionRow(PracticeSession s, Func<string, string> nameOf)
    {
        var what = new Markup(s.Source switch
        {
            SessionSource.Logged => "Session [dim](logged)[/]",
            SessionSource.DeskBreak => "Desk break",
            _ => "Session",
        });
        var lines = new List<string>
        {
            Markup.Escape($"{HistoryFormat.Outcome(s.Outcome, s.NeverFinished)} · {s.ProgrammeName}, {s.Level.ToString().ToLowerInvariant()}"
                + (s.EndedAt is { } end && end > s.StartedAt ? " · " + Minutes(end - s.StartedAt) : "")),
        };
        if (s.PainBefore is not null || s.PainAfter is not null)
        {
            lines.Add($"pain {s.PainBefore?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} → {s.PainAfter?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}");
        }

        // One renderable per stretch, indented as a block, so a line that wraps in a narrow terminal keeps its
        // indent instead of running back under the session's own lines.
        var stretches = new List<IRenderable>();
        foreach (var r in s.Stretches)
        {
            var nothingCounted = r.RepsDone == 0 && r.SetsDone == 0 && r.SecondsHeld == 0;
            var detail = nothingCounted
                ? (r.Skipped ? "" : r.Partial ? "cut short" : "done")
                : $"{HistoryFormat.Count(r.RepsDone, "rep", "reps")}, {HistoryFormat.Count(r.SetsDone, "set", "sets")}, {r.SecondsHeld} s held";
            var flags = (r.Skipped ? (nothingCounted ? "[grey]skipped[/]" : " [grey](part skipped)[/]") : "")
                + (r.Partial && !nothingCounted ? " [grey](cut short)[/]" : "")
                + (r.Hurt ? " [yellow](hurt)[/]" : "");
            stretches.Add(new Markup($"{Markup.Escape(nameOf(r.StretchId) + HistoryFormat.Side(r.Side))}: {Markup.Escape(detail)}{flags}"));
        }

        var after = new List<string>();
        if (s.Hurt is { } hurt)
        {
            after.Add($"[yellow]stopped: {Markup.Escape(nameOf(hurt.StretchId) + HistoryFormat.Side(hurt.Side))} hurt[/]");
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

    private static string Minutes(TimeSpan duration) =>
        duration < TimeSpan.FromMinutes(1)
            ? "under 1 min"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)Math.Round(duration.TotalMinutes)} min");

    private static (IRenderable What, IRenderable Details) PainRow(PainEntry p)
    {
        var details = $"{p.Score.Value}/10" + (p.Area is { } area ? $" · {area.ToName()}" : "") + (p.Note is { } note ? $" · {note}" : "");
        return (new Text("Pain"), new Text(details));
    }
}
