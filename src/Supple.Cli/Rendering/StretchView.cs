using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Core.Content;

namespace Supple.Cli.Rendering;

/// <summary><c>supple show ID</c>: one stretch in full.</summary>
internal static class StretchView
{
    public static IRenderable Render(Programme programme, Stretch stretch)
    {
        var items = new List<IRenderable>
        {
            new Rule($"[bold]{Markup.Escape(stretch.Name)}[/] [dim]({Markup.Escape(stretch.Id)})[/]").LeftJustified(),
            new Markup($"[bold]Why:[/] {Markup.Escape(stretch.Summary)} {Markup.Escape(Format.References(stretch.ReferenceNumbers))}"),
            new Text(""),
            Field("Position", Format.Positions(stretch.Positions)),
            Field("You need", Format.Props(stretch.Props)),
            Field("Dosage", Format.Dosage(stretch.Dosage)),
        };

        if (stretch.Dosage.Flow is { } flow)
        {
            items.Add(Field("Flow", string.Join(" → ", flow.Phases.Select(p =>
                string.Create(CultureInfo.InvariantCulture, $"{p.Name} ({p.Seconds} s): {p.Instruction}")))));
        }

        items.Add(new Text(""));
        items.Add(new Markup("[bold]Steps[/]"));
        for (var i = 0; i < stretch.Steps.Count; i++)
        {
            items.Add(new Padder(new Text(string.Create(CultureInfo.InvariantCulture, $"{i + 1,2}. {stretch.Steps[i]}")), new Padding(1, 0, 0, 0)));
        }

        if (stretch.Cues.Count > 0)
        {
            items.Add(new Text(""));
            items.Add(new Markup("[bold]Cues[/]"));
            foreach (var cue in stretch.Cues)
            {
                items.Add(new Padder(new Text("• " + cue), new Padding(1, 0, 0, 0)));
            }
        }

        var references = stretch.ReferenceNumbers.Select(programme.FindReference).OfType<Reference>().ToList();
        if (references.Count > 0)
        {
            items.Add(new Text(""));
            items.Add(new Markup("[bold]Reference[/]"));
            foreach (var r in references)
            {
                items.Add(new Padder(ReferenceLine(r), new Padding(1, 0, 0, 0)));
            }
        }

        items.Add(new Text(""));
        items.Add(new Markup($"[yellow]Stop:[/] {Markup.Escape(programme.StopRule)}"));
        return new Rows(items);
    }

    internal static IRenderable ReferenceLine(Reference r) =>
        new Markup(string.Create(CultureInfo.InvariantCulture, $"[[{r.Number}]] {Markup.Escape(r.Title)} — [link]{Markup.Escape(r.Url.ToString())}[/]"));

    private static Markup Field(string label, string value) =>
        new($"[bold]{Markup.Escape(label)}:[/] {Markup.Escape(value)}");
}
