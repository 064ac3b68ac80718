using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Infrastructure;
using Supple.Cli.Rendering;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Cli.Reminders;

/// <summary>How a personal plan, the advice to see a doctor first, and safety advice look in the terminal.</summary>
internal static class PersonalPlanView
{
    public static IRenderable SeeDoctor(SeeDoctorFirst outcome)
    {
        var rows = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(outcome.Message)}[/]"),
            Text.Empty,
        };
        foreach (var flag in outcome.RedFlags)
        {
            rows.Add(Bullet(new Rows(
                new Markup(Markup.Escape(flag.Explanation)),
                new Markup($"[dim]Source: {Markup.Escape(string.Join("; ", flag.Sources.Select(s => s.Url?.ToString() ?? s.Title)))}[/]"))));
        }

        if (outcome.RecentInjury)
        {
            rows.Add(Bullet(new Markup(Markup.Escape(Assessment.InjuryAdvice))));
        }

        rows.Add(Text.Empty);
        rows.Add(new Markup("[dim]" + Markup.Escape("Any plan saved before has been set aside. " + CliMessages.ClearOrRetake) + "[/]"));
        return new Panel(new Rows(rows))
        {
            Header = new PanelHeader(outcome.Urgency == RedFlagUrgency.Emergency ? " Get medical help now " : " See a doctor first "),
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(Color.Red),
            Padding = new Padding(1, 0, 1, 0),
        };
    }

    /// <summary>A refusal by the safety gate (or another rule): why, and what to do in the terminal.</summary>
    public static IRenderable Refusal(SafetyAdvice why, string? whatToDo)
    {
        var rows = new List<IRenderable> { new Markup(Markup.Escape(why.Message)) };
        if (why.Sources.Count > 0)
        {
            rows.Add(new Markup($"[dim]Sources: {Markup.Escape(string.Join("; ", why.Sources.Select(s => s.Url?.ToString() ?? s.Title)))}[/]"));
        }

        if (whatToDo is not null)
        {
            rows.Add(Text.Empty);
            rows.Add(new Markup(Markup.Escape(whatToDo)));
        }

        return new Panel(new Rows(rows))
        {
            Header = new PanelHeader($" {Markup.Escape(why.Title)} "),
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(Color.Red),
            Padding = new Padding(1, 0, 1, 0),
        };
    }

    public static IRenderable Plan(Programme programme, Plan plan, IReadOnlyList<DosageProgress>? progress, Timeline? timeline)
    {
        var rows = new List<IRenderable>();
        var causes = plan.Causes.Count == 0 ? "none given: the whole daily programme" : string.Join(", ", plan.Causes.Select(CauseName));
        rows.Add(new Markup($"[bold]Your plan[/] (made {plan.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}). Causes: {Markup.Escape(causes)}."));
        rows.Add(Text.Empty);

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Stretch");
        table.AddColumn("Why");
        table.AddColumn("Dosage");
        var byId = progress?.ToDictionary(p => p.StretchId, StringComparer.Ordinal);
        for (var i = 0; i < plan.Stretches.Count; i++)
        {
            var planned = plan.Stretches[i];
            var stretch = programme.FindStretch(planned.StretchId);
            var name = stretch?.Name ?? planned.StretchId;
            // The same words as the browser's plan page: what the person reads should not depend on where.
            var emphasis = planned.Emphasis == StretchEmphasis.Focus ? "[green]for your causes[/]" : "[dim]daily routine[/]";
            var why = string.Join("\n", planned.Why.Select(Markup.Escape));
            if (planned.PropNote is { } note)
            {
                why += $"\n[italic]{Markup.Escape(note)}[/]";
            }

            var p = byId?.GetValueOrDefault(planned.StretchId);
            var level = p is null ? DosageLevel.Gentle : p.Level;
            var dosage = p?.IsPaused == true
                ? "[red]paused[/]"
                : $"{Format.Kebab(level)}" + (stretch is null ? "" : "\n[dim]" + Markup.Escape(Numbers(stretch, level)) + "[/]");
            table.AddRow(new Markup((i + 1).ToString(CultureInfo.InvariantCulture)), new Markup($"{Markup.Escape(name)}\n{emphasis}"), new Markup(why), new Markup(dosage));
        }

        rows.Add(table);
        if (plan.Omitted.Count > 0)
        {
            rows.Add(new Markup("[bold]Left out[/]"));
            foreach (var omitted in plan.Omitted)
            {
                var name = programme.FindStretch(omitted.StretchId)?.Name ?? omitted.StretchId;
                rows.Add(Bullet(new Markup($"{Markup.Escape(name)}: {Markup.Escape(omitted.Why)}")));
            }
        }

        rows.Add(Text.Empty);
        if (timeline is not null)
        {
            rows.Add(new Markup($"Today's session takes about {Markup.Escape(Format.Duration(timeline.TotalDuration))}. Every stretch starts at the low end of the article's range and steps up only after {SafetyRules.StepUpAfterCalmSessions} sessions in a row without a rise in pain."));
        }

        rows.Add(new Markup(Markup.Escape(programme.DailyAdvice)));
        rows.Add(new Markup($"[bold]{Markup.Escape(SafetyMessages.StopRule)}[/]"));
        if (plan.SuggestDeskBreaks)
        {
            rows.Add(new Markup("If you sit for long hours, [bold]supple breaks[/] reminds you to take short stretch breaks while you work."));
        }

        return new Rows(rows);
    }

    public static IRenderable Advice(IReadOnlyList<SafetyAdvice> advice) => new Rows(advice.Select(a => (IRenderable)new Panel(new Markup(Markup.Escape(a.Message)))
    {
        Header = new PanelHeader(" " + a.Title + " "),
        Border = BoxBorder.Rounded,
        BorderStyle = new Style(Color.Yellow),
    }));

    public static string CauseName(PainCause cause) => cause switch
    {
        PainCause.Posture => "posture",
        PainCause.Sedentary => "long hours sitting",
        PainCause.RepetitiveStrain => "repeated lifting or movements",
        PainCause.InjuryOrTrauma => "injury or fall",
        PainCause.AgeRelated => "stiffness with age",
        PainCause.EmotionalStress => "stress",
        _ => cause.ToString(),
    };

    private static string Numbers(Stretch stretch, DosageLevel level)
    {
        var numbers = TimelineCompiler.Resolve(stretch, new RoutineItem(stretch.Id, level));
        var parts = new List<string>();
        if (numbers.HoldSeconds is { } hold)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{hold} s hold"));
        }

        parts.Add(Format.Reps(numbers.Reps));
        parts.Add(Format.Sets(numbers.Sets));
        return string.Join(" × ", parts) + (stretch.Dosage.EachSide ? " each side" : "");
    }

    // A bullet as a two-column grid, so that text too long for one line wraps under itself, not back to column 0.
    private static Grid Bullet(IRenderable content)
    {
        var bullet = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(1).PadRight(1)).AddColumn();
        bullet.AddRow(new Markup("•"), content);
        return bullet;
    }
}
