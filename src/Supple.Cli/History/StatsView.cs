using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Core.Statistics;

namespace Supple.Cli.History;

/// <summary>The table of <c>supple stats</c>.</summary>
internal static class StatsView
{
    /// <param name="s">The statistics.</param>
    /// <param name="nameOf">A stretch's name from its id (people read names; ids stay in plain text and --json); by default the id.</param>
    public static IRenderable Render(PracticeStats s, Func<string, string>? nameOf = null)
    {
        nameOf ??= id => id;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(3)).AddColumn();
        grid.AddRow(new Markup("[bold]Current streak[/]"), new Text(HistoryFormat.Days(s.CurrentStreak) + (s.CurrentStreak == 0 && s.Sessions > 0 ? " (practise today to start a new one)" : "")));
        grid.AddRow(new Markup("[bold]Longest streak[/]"), new Text(HistoryFormat.Days(s.LongestStreak)));
        grid.AddRow(new Markup("[bold]Last 7 days[/]"), new Text($"{s.DaysLast7} of 7 days practised"));
        grid.AddRow(new Markup("[bold]Last 30 days[/]"), new Text($"{s.DaysLast30} of 30 days practised"));
        grid.AddRow(
            new Markup("[bold]Sessions[/]"),
            new Text(HistoryFormat.Sessions(s)));
        grid.AddRow(
            new Markup("[bold]Pain before → after[/]"),
            new Text(s.PainPairs == 0
                ? "no sessions with pain given before and after yet"
                : $"{HistoryFormat.Number(s.AveragePainBefore)} → {HistoryFormat.Number(s.AveragePainAfter)} on average (change {HistoryFormat.Signed(s.AveragePainChange)}, {HistoryFormat.Count(s.PainPairs, "session", "sessions")})"));
        grid.AddRow(new Markup("[bold]Pain trend, 30 days[/]"), new Text(s.Trend.Words + (s.Trend.SlopePerDay is { } slope ? $" (slope {HistoryFormat.Signed(slope * 7)} per week, {s.Trend.Readings} readings)" : "")));
        grid.AddRow(new Markup("[bold]Days counted in[/]"), new Text($"{s.TimeZoneId}, today {s.Today:yyyy-MM-dd}"));

        var rows = new List<IRenderable> { grid };
        if (s.Stretches.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Per stretch")
                .AddColumn("Stretch").AddColumn(new TableColumn("Done").RightAligned())
                .AddColumn(new TableColumn("Skipped").RightAligned()).AddColumn(new TableColumn("Hurt").RightAligned());
            foreach (var t in s.Stretches)
            {
                table.AddRow(new Text(nameOf(t.StretchId)), new Text(t.TimesDone.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Text(t.TimesSkipped.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    t.TimesHurt > 0 ? new Markup($"[yellow]{t.TimesHurt}[/]") : new Text("0"));
            }

            rows.Add(table);
        }

        return new Rows(rows);
    }
}
