using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Sessions;

namespace Supple.Cli.Rendering;

/// <summary><c>supple plan</c>: the compiled timeline, stretch by stretch (and step by step with --steps).</summary>
internal static class PlanView
{
    public static IRenderable Render(Timeline timeline, DosageLevel level, bool steps)
    {
        var text = CliText.Localizer;
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(Markup.Escape(text.Format(CliText.PlanTitle, ("level", LevelName(level)), ("duration", Format.Duration(timeline.TotalDuration)))))
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn(Markup.Escape(text[CliText.PlanStretch]))
            .AddColumn(Markup.Escape(text[CliText.PlanDosage]))
            .AddColumn(new TableColumn(Markup.Escape(text[CliText.PlanStarts])).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(text[CliText.PlanTakes])).RightAligned());

        foreach (var s in timeline.Stretches)
        {
            table.AddRow(
                new Text((s.Index + 1).ToString(CultureInfo.InvariantCulture)),
                new Text(s.Name),
                new Text(Format.Resolved(s.Dosage, s.Sides)),
                new Text(Format.Clock(s.StartsAt)),
                new Text(Format.Duration(s.Duration)));
        }

        table.AddEmptyRow();
        table.AddRow(new Text(""), new Markup($"[bold]{Markup.Escape(text[CliText.PlanTotal])}[/]"), new Text(""), new Text(""), new Markup($"[bold]{Format.Duration(timeline.TotalDuration)}[/]"));

        if (!steps)
        {
            return new Rows(table, new Markup($"[dim]{Markup.Escape(text.Format(CliText.PlanStepsHint, ("steps", "--steps"), ("start", "'supple start'")))}[/]"));
        }

        var stepTable = new Table()
            .Border(TableBorder.Simple)
            .AddColumn(new TableColumn(Markup.Escape(text[CliText.PlanAt])).RightAligned())
            .AddColumn(Markup.Escape(text[CliText.PlanStep]))
            .AddColumn(new TableColumn(Markup.Escape(text[CliText.PlanRepSetSide])).NoWrap())
            .AddColumn(new TableColumn(Markup.Escape(text[CliText.PlanFor])).RightAligned())
            .AddColumn(Markup.Escape(text[CliText.PlanInstruction]));
        foreach (var step in timeline.Steps)
        {
            stepTable.AddRow(
                new Text(Format.Clock(step.StartsAt)),
                new Text(step.PhaseName is { } phase ? $"{Format.Title(step.Kind)}: {phase}" : Format.Title(step.Kind)),
                new Text(CompactCounters(step.Counters)),
                new Text(Format.Duration(step.Duration)),
                new Text(step.Instruction));
        }

        return new Rows(table, stepTable);
    }

    /// <summary>"1/2 · 1/1 · right" for the steps table.</summary>
    public static string CompactCounters(StepCounters? c) => c is null
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $"{c.Rep}/{c.Reps} · {c.Set}/{c.Sets}")
          + (c.Side == Core.Content.Side.None ? "" : " · " + Format.ShortSide(c.Side));

    /// <summary>"gentle", "standard", "full", in the run's language.</summary>
    public static string LevelName(DosageLevel level) => CliText.Localizer[level switch
    {
        DosageLevel.Gentle => CliText.LevelGentle,
        DosageLevel.Full => CliText.LevelFull,
        _ => CliText.LevelStandard,
    }];

    public static string Counters(StepCounters? c)
    {
        if (c is null)
        {
            return "";
        }

        var text = Resources.CliText.Localizer.Format(Resources.CliText.Counters, ("rep", c.Rep), ("reps", c.Reps), ("set", c.Set), ("sets", c.Sets));
        return c.Side == Core.Content.Side.None ? text : text + " · " + Format.Side(c.Side);
    }
}
