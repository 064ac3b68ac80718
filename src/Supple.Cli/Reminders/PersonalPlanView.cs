using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Cli.Reminders;

/// <summary>How a personal plan, the advice to see a doctor first, and safety advice look in the terminal.</summary>
internal static class PersonalPlanView
{
    public static IRenderable SeeDoctor(SeeDoctorFirst outcome)
    {
        var text = CliText.Localizer;
        var rows = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(outcome.Message)}[/]"),
            Text.Empty,
        };
        foreach (var flag in outcome.RedFlags)
        {
            rows.Add(Bullet(new Rows(
                new Markup(Markup.Escape(flag.Explanation)),
                new Markup($"[dim]{Markup.Escape(text.Format(CliText.AssessSource, ("sources", string.Join("; ", flag.Sources.Select(s => s.Url?.ToString() ?? s.Title)))))}[/]"))));
        }

        if (outcome.RecentInjury)
        {
            rows.Add(Bullet(new Markup(Markup.Escape(Assessment.InjuryAdvice))));
        }

        rows.Add(Text.Empty);
        rows.Add(new Markup("[dim]" + Markup.Escape(text.Format(CliText.AssessSetAside, ("whatToDo", CliMessages.ClearOrRetake))) + "[/]"));
        return new Panel(new Rows(rows))
        {
            Header = new PanelHeader($" {Markup.Escape(text[outcome.Urgency == RedFlagUrgency.Emergency ? CliText.AssessGetHelpNow : CliText.AssessSeeDoctorFirst])} "),
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
            rows.Add(new Markup($"[dim]{Markup.Escape(CliText.Localizer.Format(CliText.AssessSources, ("sources", string.Join("; ", why.Sources.Select(s => s.Url?.ToString() ?? s.Title)))))}[/]"));
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
        var text = CliText.Localizer;
        var rows = new List<IRenderable>();
        var causes = plan.Causes.Count == 0 ? text[CliText.PlanNoCauses] : string.Join(", ", plan.Causes.Select(CauseName));
        var title = text[CliText.PlanYourPlan].Value;
        var made = text.Format(CliText.PlanMade, ("title", title), ("date", HistoryFormat.LocalDate(DateOnly.FromDateTime(plan.CreatedAt.DateTime))), ("causes", causes));
        rows.Add(new Markup(Bold(Markup.Escape(made), Markup.Escape(title))));
        rows.Add(Text.Empty);

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(Markup.Escape(text[CliText.PlanStretch]));
        table.AddColumn(Markup.Escape(text[CliText.PlanWhy]));
        table.AddColumn(Markup.Escape(text[CliText.PlanDosage]));
        var byId = progress?.ToDictionary(p => p.StretchId, StringComparer.Ordinal);
        for (var i = 0; i < plan.Stretches.Count; i++)
        {
            var planned = plan.Stretches[i];
            var stretch = programme.FindStretch(planned.StretchId);
            var name = stretch?.Name ?? planned.StretchId;
            // The same words as the browser's plan page: what the person reads should not depend on where.
            var emphasis = planned.Emphasis == StretchEmphasis.Focus
                ? $"[green]{Markup.Escape(text[CliText.PlanForYourCauses])}[/]"
                : $"[dim]{Markup.Escape(text[CliText.PlanDailyRoutine])}[/]";
            var why = string.Join("\n", planned.Why.Select(Markup.Escape));
            if (planned.PropNote is { } note)
            {
                why += $"\n[italic]{Markup.Escape(note)}[/]";
            }

            var p = byId?.GetValueOrDefault(planned.StretchId);
            var level = p is null ? DosageLevel.Gentle : p.Level;
            var dosage = p?.IsPaused == true
                ? $"[red]{Markup.Escape(text[CliText.PlanPaused])}[/]"
                : Markup.Escape(PlanView.LevelName(level)) + (stretch is null ? "" : "\n[dim]" + Markup.Escape(Numbers(stretch, level)) + "[/]");
            table.AddRow(new Markup((i + 1).ToString(CultureInfo.InvariantCulture)), new Markup($"{Markup.Escape(name)}\n{emphasis}"), new Markup(why), new Markup(dosage));
        }

        rows.Add(table);
        if (plan.Omitted.Count > 0)
        {
            rows.Add(new Markup($"[bold]{Markup.Escape(text[CliText.PlanLeftOut])}[/]"));
            foreach (var omitted in plan.Omitted)
            {
                var name = programme.FindStretch(omitted.StretchId)?.Name ?? omitted.StretchId;
                rows.Add(Bullet(new Markup($"{Markup.Escape(name)}: {Markup.Escape(omitted.Why)}")));
            }
        }

        rows.Add(Text.Empty);
        if (timeline is not null)
        {
            rows.Add(new Markup(Markup.Escape(text.Format(CliText.PlanTodayTakes,
                ("duration", Format.Duration(timeline.TotalDuration)), ("sessions", SafetyRules.StepUpAfterCalmSessions)))));
        }

        rows.Add(new Markup(Markup.Escape(programme.DailyAdvice)));
        rows.Add(new Markup($"[bold]{Markup.Escape(SafetyMessages.StopRule)}[/]"));
        if (plan.SuggestDeskBreaks)
        {
            const string breaks = "supple breaks";
            rows.Add(new Markup(Bold(Markup.Escape(text.Format(CliText.PlanDeskBreaks, ("breaks", breaks))), breaks)));
        }

        return new Rows(rows);
    }

    public static IRenderable Advice(IReadOnlyList<SafetyAdvice> advice) => new Rows(advice.Select(a => (IRenderable)new Panel(new Markup(Markup.Escape(a.Message)))
    {
        Header = new PanelHeader(" " + a.Title + " "),
        Border = BoxBorder.Rounded,
        BorderStyle = new Style(Color.Yellow),
    }));

    /// <summary>A cause in words, in the run's language (Core's plan wording, shared with the other doors).</summary>
    public static string CauseName(PainCause cause) => AssessmentQuestions.CauseName(cause);

    /// <summary>The first <paramref name="part"/> of escaped markup in bold (a name kept whole inside a translated line).</summary>
    private static string Bold(string markup, string part)
    {
        var at = markup.IndexOf(part, StringComparison.Ordinal);
        return at < 0 ? markup : markup[..at] + "[bold]" + part + "[/]" + markup[(at + part.Length)..];
    }

    private static string Numbers(Stretch stretch, DosageLevel level)
    {
        var numbers = TimelineCompiler.Resolve(stretch, new RoutineItem(stretch.Id, level));
        var parts = new List<string>();
        if (numbers.HoldSeconds is { } hold)
        {
            parts.Add(CliText.Localizer.Format(CliText.PlanHoldSeconds, ("hold", hold)));
        }

        parts.Add(Format.Reps(numbers.Reps));
        parts.Add(Format.Sets(numbers.Sets));
        var dosage = string.Join(" × ", parts);
        return stretch.Dosage.EachSide ? CliText.Localizer.Format(CliText.PlanEachSide, ("dosage", dosage)) : dosage;
    }

    // A bullet as a two-column grid, so that text too long for one line wraps under itself, not back to column 0.
    private static Grid Bullet(IRenderable content)
    {
        var bullet = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(1).PadRight(1)).AddColumn();
        bullet.AddRow(new Markup("•"), content);
        return bullet;
    }
}
