using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>What <c>supple start</c> shows when the session is over: the stop screen, what was done, pain, streak.</summary>
internal static class EndView
{
    private static Microsoft.Extensions.Localization.IStringLocalizer L => CliText.Localizer;

    public static string Headline(SessionResult result) => result.Outcome switch
    {
        SessionOutcome.Completed => L[CliText.SessionComplete],
        SessionOutcome.StoppedForPain => L[CliText.SessionStoppedHeadline],
        _ => L[CliText.SessionEndedEarly],
    };

    /// <summary>The screen shown at once after "this hurts": where, whether it is saved, and the stop rule.</summary>
    public static IRenderable Hurt(Timeline timeline, HurtReport hurt, bool saved)
    {
        var name = timeline.Stretches.FirstOrDefault(s => s.StretchId == hurt.StretchId)?.Name ?? hurt.StretchId;
        var where = hurt.Side == Side.None ? name : $"{name}, {Format.Side(hurt.Side)}";
        var body = new Rows(
            new Markup($"[bold]{Markup.Escape(L.Format(CliText.SessionStoppedDuring, ("where", where)))}[/] "
                + (saved ? Markup.Escape(L[CliText.SessionHurtSaved]) : $"[red]{Markup.Escape(L[CliText.SessionHurtNotSaved])}[/]")),
            Text.Empty,
            new Text(SafetyMessages.StoppedForPain));
        return new Panel(body)
            .Header($"[bold red] {Markup.Escape(L[CliText.SessionHurtTitle])} [/]")
            .BorderColor(Color.Red)
            .Border(BoxBorder.Double)
            .Expand();
    }

    /// <summary>What was done, one row per stretch and side; the side and note columns only when a row has one.</summary>
    public static IRenderable Summary(SessionResult result, Timeline timeline)
    {
        var sides = result.Stretches.Any(r => r.Side != Side.None);
        var notes = result.Stretches.Any(r => Note(r).Length > 0);
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(Markup.Escape(Headline(result)))
            .AddColumn(Markup.Escape(L[CliText.SummaryStretch]));
        if (sides)
        {
            table.AddColumn(Markup.Escape(L[CliText.SummarySide]));
        }

        table.AddColumn(new TableColumn(Markup.Escape(L[CliText.SummaryRepsTimesSets])).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(L[CliText.SummaryHeld])).RightAligned());
        if (notes)
        {
            table.AddColumn(Markup.Escape(L[CliText.SummaryNote]));
        }

        foreach (var r in result.Stretches)
        {
            var cells = new List<IRenderable> { new Text(timeline.Stretches.FirstOrDefault(s => s.StretchId == r.StretchId)?.Name ?? r.StretchId) };
            if (sides)
            {
                cells.Add(new Text(r.Side == Side.None ? "—" : Format.ShortSide(r.Side)));
            }

            cells.Add(new Text(RepsTimesSets(r)));
            cells.Add(new Text(Format.Seconds(r.SecondsHeld)));
            if (notes)
            {
                cells.Add(new Text(Note(r)));
            }

            table.AddRow(cells);
        }

        if (result.Stretches.Count == 0)
        {
            table.AddRow([new Text(L[CliText.SummaryNothingDone]), .. Enumerable.Repeat(Text.Empty, table.Columns.Count - 1)]);
        }

        return table;
    }

    public static string Note(StretchRecord r) => r.Hurt ? L[CliText.NoteHurt] : r.Skipped ? L[CliText.NoteSkipped] : r.Partial ? L[CliText.NoteCutShort] : "";

    /// <summary>Reps × sets as they were done: "1 rep × 3 sets", "4 reps, no set finished", "nothing finished".</summary>
    public static string RepsTimesSets(StretchRecord r) => (r.RepsDone, r.SetsDone) switch
    {
        (0, 0) => L[CliText.DoneNothing],
        (var reps, 0) => L.Format(CliText.DoneNoSet, ("reps", reps)),
        var (reps, sets) => L.Format(CliText.DoneRepsTimesSets, ("reps", reps), ("sets", sets)),
    };

    /// <summary>"Pain 6 → 4 (−2)", or <c>null</c> without both scores.</summary>
    public static string? PainChange(int? before, int? after)
    {
        if (before is null && after is null)
        {
            return null;
        }

        if (before is { } b && after is { } a)
        {
            var change = a - b;
            var sign = change > 0 ? "+" : change < 0 ? "−" : "±";
            return L.Format(CliText.PainChange, ("before", b), ("after", a), ("change", sign + Math.Abs(change).ToString(CultureInfo.CurrentCulture)));
        }

        return before is { } only
            ? L.Format(CliText.PainBefore, ("score", only))
            : L.Format(CliText.PainAfter, ("score", after));
    }

    public static string Streak(int currentStreakDays) =>
        currentStreakDays switch
        {
            0 => L[CliText.StreakNone],
            1 => L[CliText.StreakOne],
            var n => L.Format(CliText.StreakDays, ("days", n)),
        };

    /// <summary>
    /// The average pain change over the history, or <c>null</c> without sessions scored before and after, or when
    /// this is the first session (its own change is already on the line above).
    /// </summary>
    public static string? AveragePainChange(int sessions, double? averagePainChange) => averagePainChange switch
    {
        _ when sessions < 2 => null,
        null => null,
        < -0.05 and var d => L.Format(CliText.PainAverageLower, ("change", (-d).ToString("0.0", CultureInfo.CurrentCulture))),
        > 0.05 and var d => L.Format(CliText.PainAverageHigher, ("change", d.ToString("0.0", CultureInfo.CurrentCulture))),
        _ => L[CliText.PainAverageSame],
    };
}
