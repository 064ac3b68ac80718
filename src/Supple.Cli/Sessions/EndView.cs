using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Rendering;
using Supple.Core.Content;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>What <c>supple start</c> shows when the session is over: the stop screen, what was done, pain, streak.</summary>
internal static class EndView
{
    public static string Headline(SessionResult result) => result.Outcome switch
    {
        SessionOutcome.Completed => "Session complete.",
        SessionOutcome.StoppedForPain => "Session stopped: you said it hurts.",
        _ => "Session ended early: what you did is kept, the stretch in progress as cut short.",
    };

    /// <summary>The screen shown at once after "this hurts": where, whether it is saved, and the stop rule.</summary>
    public static IRenderable Hurt(Timeline timeline, HurtReport hurt, bool saved)
    {
        var name = timeline.Stretches.FirstOrDefault(s => s.StretchId == hurt.StretchId)?.Name ?? hurt.StretchId;
        var where = hurt.Side == Side.None ? name : $"{name}, {Format.Side(hurt.Side)}";
        var body = new Rows(
            new Markup($"[bold]Stopped during: {Markup.Escape(where)}.[/] "
                + (saved ? "This is saved in your history." : "[red]It could not be saved: see the message below.[/]")),
            Text.Empty,
            new Text(SafetyMessages.StoppedForPain));
        return new Panel(body)
            .Header("[bold red] STOP — this hurts [/]")
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
            .AddColumn("Stretch");
        if (sides)
        {
            table.AddColumn("Side");
        }

        table.AddColumn(new TableColumn("Reps × sets").RightAligned())
            .AddColumn(new TableColumn("Held").RightAligned());
        if (notes)
        {
            table.AddColumn("Note");
        }

        foreach (var r in result.Stretches)
        {
            var cells = new List<IRenderable> { new Text(timeline.Stretches.FirstOrDefault(s => s.StretchId == r.StretchId)?.Name ?? r.StretchId) };
            if (sides)
            {
                cells.Add(new Text(r.Side == Side.None ? "—" : Format.Kebab(r.Side)));
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
            table.AddRow([new Text("(nothing done)"), .. Enumerable.Repeat(Text.Empty, table.Columns.Count - 1)]);
        }

        return table;
    }

    public static string Note(StretchRecord r) => r.Hurt ? "hurt" : r.Skipped ? "skipped" : r.Partial ? "cut short" : "";

    /// <summary>Reps × sets as they were done: "1 rep × 3 sets", "4 reps, no set finished", "nothing finished".</summary>
    public static string RepsTimesSets(StretchRecord r) => (r.RepsDone, r.SetsDone) switch
    {
        (0, 0) => "nothing finished",
        (var reps, 0) => Format.Count(reps, "rep", "reps") + ", no set finished",
        var (reps, sets) => Format.Count(reps, "rep", "reps") + " × " + Format.Count(sets, "set", "sets"),
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
            return string.Create(CultureInfo.InvariantCulture, $"Pain {b} → {a} ({sign}{Math.Abs(change)})");
        }

        return before is { } only
            ? string.Create(CultureInfo.InvariantCulture, $"Pain before: {only}")
            : string.Create(CultureInfo.InvariantCulture, $"Pain after: {after}");
    }

    public static string Streak(int currentStreakDays) =>
        currentStreakDays switch
        {
            0 => "No streak yet.",
            1 => "Streak: 1 day. Come back tomorrow to make it 2.",
            var n => string.Create(CultureInfo.InvariantCulture, $"Streak: {n} days in a row."),
        };

    /// <summary>
    /// The average pain change over the history, or <c>null</c> without sessions scored before and after, or when
    /// this is the first session (its own change is already on the line above).
    /// </summary>
    public static string? AveragePainChange(int sessions, double? averagePainChange) => averagePainChange switch
    {
        _ when sessions < 2 => null,
        null => null,
        < -0.05 and var d => string.Create(CultureInfo.InvariantCulture, $"Across your sessions, pain after is on average {-d:0.0} lower than before."),
        > 0.05 and var d => string.Create(CultureInfo.InvariantCulture, $"Across your sessions, pain after is on average {d:0.0} higher than before."),
        _ => "Across your sessions, pain after is on average the same as before.",
    };
}
