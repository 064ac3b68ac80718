using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Cli.Rendering;

/// <summary><c>supple show ID</c>: one stretch in full.</summary>
internal static class StretchView
{
    public static IRenderable Render(Programme programme, Stretch stretch)
    {
        var text = CliText.Localizer;
        // The fields are a two-column grid, so a value that wraps stays under the value, not under its label.
        var fields = new Grid()
            .AddColumn(new GridColumn().NoWrap().PadRight(1))
            .AddColumn(new GridColumn());
        AddField(fields, text[CliText.ShowWhy], stretch.Summary
            + (stretch.ReferenceNumbers.Count == 0 ? "" : " " + Format.References(stretch.ReferenceNumbers)));
        AddField(fields, text[CliText.ShowPosition], Format.Positions(stretch.Positions));
        AddField(fields, text[CliText.ShowYouNeed], Format.Props(stretch.Props));
        AddField(fields, text[CliText.ShowDosage], Format.Dosage(stretch.Dosage));
        if (stretch.Dosage.Flow is { } flow)
        {
            AddField(fields, text[CliText.ShowFlow], string.Join("\n", flow.Phases.Select(p =>
                text.Format(CliText.ShowFlowPhase, ("name", p.Name), ("seconds", p.Seconds), ("instruction", p.Instruction)))));
        }

        var items = new List<IRenderable>
        {
            new Rule($"[bold]{Markup.Escape(stretch.Name)}[/] [dim]({Markup.Escape(stretch.Id)})[/]").LeftJustified(),
            fields,
        };

        items.Add(new Text(""));
        items.Add(Heading(text[CliText.ShowSteps]));
        items.Add(List(stretch.Steps.Select((step, i) => (string.Create(CultureInfo.InvariantCulture, $"{i + 1}."), step))));

        if (stretch.Cues.Count > 0)
        {
            items.Add(new Text(""));
            items.Add(Heading(text[CliText.ShowCues]));
            items.Add(List(stretch.Cues.Select(cue => ("•", cue))));
        }

        var references = stretch.ReferenceNumbers.Select(programme.FindReference).OfType<Reference>().ToList();
        if (references.Count > 0)
        {
            items.Add(new Text(""));
            items.Add(Heading(text[CliText.ShowReference]));
            items.Add(ReferenceList(references));
        }

        items.Add(new Text(""));
        items.Add(new Markup($"[yellow]{Markup.Escape(text[CliText.ShowStop])}[/] {Markup.Escape(programme.StopRule)}"));
        return new Rows(items);
    }

    internal static Grid ReferenceList(IEnumerable<Reference> references) =>
        List(references.Select(r => (
            string.Create(CultureInfo.InvariantCulture, $"[{r.Number}]"),
            (IRenderable)new Markup($"{Markup.Escape(r.Title)} — [link]{Markup.Escape(r.Url.ToString())}[/]"))));

    /// <summary>A hanging-indent list: wrapped lines stay under the text, not under the marker.</summary>
    internal static Grid List(IEnumerable<(string Marker, string Text)> entries) =>
        List(entries.Select(e => (e.Marker, (IRenderable)new Text(e.Text))));

    /// <summary>A hanging-indent list of any content.</summary>
    internal static Grid List(IEnumerable<(string Marker, IRenderable Content)> entries)
    {
        var grid = new Grid()
            .AddColumn(new GridColumn().NoWrap().RightAligned().PadLeft(1).PadRight(1))
            .AddColumn(new GridColumn());
        foreach (var (marker, content) in entries)
        {
            grid.AddRow(new Text(marker), content);
        }

        return grid;
    }

    private static Markup Heading(string text) => new($"[bold]{Markup.Escape(text)}[/]");

    private static void AddField(Grid fields, string label, string value) =>
        fields.AddRow(new Markup($"[bold]{Markup.Escape(label)}[/]"), new Text(value));
}
