using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Core.Content;

namespace Supple.Cli.Rendering;

/// <summary><c>supple about</c>: why the programme exists and how to use it safely.</summary>
internal static class AboutView
{
    public static IRenderable Render(Programme programme)
    {
        var items = new List<IRenderable>
        {
            new Rule($"[bold]{Markup.Escape(programme.Title)}[/]").LeftJustified(),
            new Markup($"[dim]Source: {Markup.Escape(programme.Source)}[/]"),
            new Text(""),
            new Markup("[bold]Common causes of upper-back pain[/]"),
        };
        Numbered(items, programme.Causes.Select(c => (c.Name, c.Description, c.ReferenceNumbers)));

        items.Add(new Text(""));
        items.Add(new Markup("[bold]What stretching can do[/]"));
        Numbered(items, programme.Benefits.Select(b => (b.Name, b.Description, b.ReferenceNumbers)));

        items.Add(new Text(""));
        items.Add(new Markup("[bold]How often[/]"));
        items.Add(new Padder(new Text(programme.DailyAdvice), new Padding(1, 0, 0, 0)));
        items.Add(new Text(""));
        items.Add(new Panel(new Text(programme.StopRule))
            .Header("[bold yellow] When to stop [/]")
            .BorderColor(Color.Yellow)
            .Expand());
        items.Add(new Text(programme.ClosingAdvice));
        items.Add(new Text(""));
        items.Add(new Markup("[bold]References[/]"));
        items.Add(StretchView.ReferenceList(programme.References));

        items.Add(new Text(""));
        items.Add(new Panel(new Text(programme.Disclaimer)).Header("[bold] Disclaimer [/]").Expand());
        return new Rows(items);
    }

    private static void Numbered(List<IRenderable> items, IEnumerable<(string Name, string Description, IReadOnlyList<int> Refs)> entries) =>
        items.Add(StretchView.List(entries.Select((e, i) => (
            string.Create(CultureInfo.InvariantCulture, $"{i + 1}."),
            (IRenderable)new Markup($"[bold]{Markup.Escape(e.Name)}[/] — {Markup.Escape(e.Description)}"
                + (e.Refs.Count == 0 ? "" : " " + Markup.Escape(Format.References(e.Refs))))))));
}
