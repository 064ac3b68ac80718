using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Cli.Rendering;

/// <summary><c>supple about</c>: why the programme exists and how to use it safely.</summary>
internal static class AboutView
{
    public static IRenderable Render(Programme programme)
    {
        var text = CliText.Localizer;
        var items = new List<IRenderable>
        {
            // The title on its own line, not in the rule: a longer title (most languages are longer than English) wraps
            // instead of being cut off.
            new Markup($"[bold]{Markup.Escape(programme.Title)}[/]"),
            new Rule(),
            new Markup($"[dim]{Markup.Escape(text.Format(CliText.AboutSource, ("source", programme.Source)))}[/]"),
            new Text(""),
            Heading(text[CliText.AboutCauses]),
        };
        Numbered(items, programme.Causes.Select(c => (c.Name, c.Description, c.ReferenceNumbers)));

        items.Add(new Text(""));
        items.Add(Heading(text[CliText.AboutBenefits]));
        Numbered(items, programme.Benefits.Select(b => (b.Name, b.Description, b.ReferenceNumbers)));

        items.Add(new Text(""));
        items.Add(Heading(text[CliText.AboutHowOften]));
        items.Add(new Padder(new Text(programme.DailyAdvice), new Padding(1, 0, 0, 0)));
        items.Add(new Text(""));
        items.Add(new Panel(new Text(programme.StopRule))
            .Header($"[bold yellow] {Markup.Escape(text[CliText.AboutWhenToStop])} [/]")
            .BorderColor(Color.Yellow)
            .Expand());
        items.Add(new Text(programme.ClosingAdvice));
        items.Add(new Text(""));
        items.Add(Heading(text[CliText.AboutReferences]));
        items.Add(StretchView.ReferenceList(programme.References));

        items.Add(new Text(""));
        items.Add(new Panel(new Text(programme.Disclaimer)).Header($"[bold] {Markup.Escape(text[CliText.AboutDisclaimer])} [/]").Expand());
        return new Rows(items);
    }

    private static Markup Heading(string text) => new($"[bold]{Markup.Escape(text)}[/]");

    private static void Numbered(List<IRenderable> items, IEnumerable<(string Name, string Description, IReadOnlyList<int> Refs)> entries) =>
        items.Add(StretchView.List(entries.Select((e, i) => (
            string.Create(CultureInfo.InvariantCulture, $"{i + 1}."),
            (IRenderable)new Markup($"[bold]{Markup.Escape(e.Name)}[/] — {Markup.Escape(e.Description)}"
                + (e.Refs.Count == 0 ? "" : " " + Markup.Escape(Format.References(e.Refs))))))));
}
