using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Core.Content;

namespace Supple.Cli.Rendering;

/// <summary>The table of <c>supple stretches</c>: every stretch with its dosage ranges.</summary>
internal static class StretchesView
{
    public static IRenderable Render(Programme programme)
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

        return new Rows(
            table,
            new Markup("[dim]Reps and sets are per side for sided stretches. 'supple show ID' gives the steps; 'supple plan' the timings.[/]"));
    }
}
