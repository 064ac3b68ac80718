using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Statistics;

namespace Supple.Cli.History;

/// <summary>The table of <c>supple stats</c>.</summary>
internal static class StatsView
{
    private static Microsoft.Extensions.Localization.IStringLocalizer L => CliText.Localizer;

    /// <param name="s">The statistics.</param>
    /// <param name="nameOf">A stretch's name from its id (people read names; ids stay in plain text and --json); by default the id.</param>
    public static IRenderable Render(PracticeStats s, Func<string, string>? nameOf = null)
    {
        nameOf ??= id => id;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(3)).AddColumn();
        foreach (var (label, value) in StatsLines.For(s, "→"))
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(label)}[/]"), new Text(value));
        }

        var rows = new List<IRenderable> { grid };
        if (s.Stretches.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(L[CliText.StatsPerStretch]))
                .AddColumn(Markup.Escape(L[CliText.StatsStretch])).AddColumn(new TableColumn(Markup.Escape(L[CliText.StatsDone])).RightAligned())
                .AddColumn(new TableColumn(Markup.Escape(L[CliText.StatsSkipped])).RightAligned()).AddColumn(new TableColumn(Markup.Escape(L[CliText.StatsHurt])).RightAligned());
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
