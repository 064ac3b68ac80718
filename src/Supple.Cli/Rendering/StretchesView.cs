using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Cli.Rendering;

/// <summary>
/// The table of <c>supple stretches</c>: every stretch with its dosage ranges; under 72 columns, the same as a list
/// (name, id, then the dosage fields, each kept whole on a line).
/// </summary>
internal static class StretchesView
{
    /// <summary>The fewest columns the table needs with every value on one line (in English; see <see cref="NeededWidth"/>).</summary>
    public const int TableWidth = 72;

    public static IRenderable Render(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var note = new Markup($"[dim]{Markup.Escape(CliText.Localizer.Format(CliText.StretchesNote, ("show", "'supple show ID'"), ("plan", "'supple plan'")))}[/]");
        return new Rows(new WidthAdaptive(Math.Max(TableWidth, NeededWidth(programme)), Table(programme), List(programme)), note);
    }

    /// <summary>
    /// The columns the table needs with each name, id, hold part and sides whole, in the run's language: translated
    /// names and labels are longer than English ones ("Estiramiento del trapecio superior", "derecho, izquierdo"), and
    /// a table squeezed below this breaks them mid-word, so it becomes the list.
    /// </summary>
    internal static int NeededWidth(Programme programme)
    {
        var text = CliText.Localizer;
        var stretches = programme.Stretches;
        int Widest(string header, IEnumerable<string> values) => values.Append(header).Max(v => v.Length);
        int[] columns =
        [
            stretches.Count.ToString(CultureInfo.InvariantCulture).Length,
            Widest(text[CliText.StretchesStretchColumn], stretches.SelectMany(s => new[] { s.Name, s.Id })),
            Widest(text[CliText.StretchesHold], stretches.SelectMany(s => Format.Hold(s.Dosage).Split(" → ").Select((part, i) => i == 0 ? part : "→ " + part))),
            Widest(text[CliText.StretchesReps], stretches.Select(s => s.Dosage.Reps.ToString())),
            Widest(text[CliText.StretchesSets], stretches.Select(s => s.Dosage.Sets.ToString())),
            Widest(text[CliText.StretchesSides], stretches.Select(s => s.Dosage.EachSide ? Format.ShortSides(s.Dosage.Sides) : "—")),
        ];

        // One space either side of each value, and a border between and around the columns.
        return columns.Sum(width => width + 2) + columns.Length + 1;
    }

    private static Rows List(Programme programme)
    {
        var text = CliText.Localizer;
        var rows = new List<IRenderable> { new Rule($"[bold]{Markup.Escape(programme.Title)}[/]").LeftJustified() };
        for (var i = 0; i < programme.Stretches.Count; i++)
        {
            var s = programme.Stretches[i];
            var fields = new PackedItems(
            [
                text.Format(CliText.StretchesHoldField, ("value", Format.Hold(s.Dosage))),
                text.Format(CliText.StretchesRepsField, ("value", s.Dosage.Reps.ToString())),
                text.Format(CliText.StretchesSetsField, ("value", s.Dosage.Sets.ToString())),
                text.Format(CliText.StretchesSidesField, ("value", s.Dosage.EachSide ? Format.ShortSides(s.Dosage.Sides) : "—")),
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
        var text = CliText.Localizer;
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(Markup.Escape(programme.Title))
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(text[CliText.StretchesStretchColumn])).NoWrap())
            .AddColumn(Markup.Escape(text[CliText.StretchesHold]))
            .AddColumn(Markup.Escape(text[CliText.StretchesReps]))
            .AddColumn(Markup.Escape(text[CliText.StretchesSets]))
            .AddColumn(new TableColumn(Markup.Escape(text[CliText.StretchesSides])).NoWrap());

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
