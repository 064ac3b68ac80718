using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Core.Content;

namespace Supple.Cli.Rendering;

/// <summary>
/// The table of <c>supple stretches</c>: every stretch with its dosage ranges; under 72 columns, the same as a list
/// (name, id, then the dosage fields, each kept whole on a line).
/// </summary>
internal static class StretchesView
{
    /// <summary>The fewest columns the table needs with every value on one line.</summary>
    public const int TableWidth = 72;

    public static IRenderable Render(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var note = new Markup("[dim]Reps and sets are per side for sided stretches. 'supple show ID' gives the steps; 'supple plan' the timings.[/]");
        return new Rows(new WidthAdaptive(TableWidth, Table(programme), List(programme)), note);
    }

    private static Rows List(Programme programme)
    {
        var rows = new List<IRenderable> { new Rule($"[bold]{Markup.Escape(programme.Title)}[/]").LeftJustified() };
        for (var i = 0; i < programme.Stretches.Count; i++)
        {
            var s = programme.Stretches[i];
            var fields = new PackedItems(
            [
                "Hold " + Format.Hold(s.Dosage),
                "Reps " + s.Dosage.Reps,
                "Sets " + s.Dosage.Sets,
                "Sides " + (s.Dosage.EachSide ? Format.ShortSides(s.Dosage.Sides) : "—"),
            ]);
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn(new GridColumn());
            grid.AddRow(
                new Text((i + 1).ToString(CultureInfo.InvariantCulture) + "."),
                new Rows(new Markup($"[bold]{Markup.Escape(s.Name)}[/]"), new Markup($"[dim]{Markup.Escape(s.Id)}[/]"), fields));
            rows.Add(grid);
        }

        return new Rows(rows);
    }

    private static Table Table(Programme programme)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(Markup.Escape(programme.Title))
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn(new TableColumn("Stretch · id").NoWrap())
            .AddColumn("Hold")
            .AddColumn("Reps")
            .AddColumn("Sets")
            .AddColumn("Sides");

        for (var i = 0; i < programme.Stretches.Count; i++)
        {
            var s = programme.Stretches[i];
            table.AddRow(
                new Text((i + 1).ToString(CultureInfo.InvariantCulture)),
                new Markup($"[bold]{Markup.Escape(s.Name)}[/]\n[dim]{Markup.Escape(s.Id)}[/]"),
                new Text(Format.Hold(s.Dosage)),
                new Text(s.Dosage.Reps.ToString()),
                new Text(s.Dosage.Sets.ToString()),
                new Text(s.Dosage.EachSide ? Format.ShortSides(s.Dosage.Sides) : "—"));
        }

        return table;
    }
}
