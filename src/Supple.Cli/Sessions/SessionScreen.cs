using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Rendering;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// The live view of <c>supple start</c>: the stretch, what to do now, a big countdown, counters, progress
/// for the stretch and the session, what comes next and the keys. Fits 80×24; nothing depends on colour
/// alone (NO_COLOR shows the same words).
/// </summary>
internal static class SessionScreen
{
    public const string Keys = "space pause · n skip step · s skip stretch · h this hurts · q quit";

    public static IRenderable Render(SessionScreenState state, int width, bool unicode)
    {
        var inner = Math.Max(20, width - 4);
        var rows = new List<IRenderable>();
        var step = state.Step;
        var stretch = state.CurrentStretch;

        var title = stretch is null
            ? "[bold]Getting ready[/]"
            : $"[bold]{Markup.Escape(stretch.Name)}[/]";
        var where = stretch is null
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $"stretch {stretch.Index + 1} of {state.Timeline.Stretches.Count}");
        rows.Add(TwoColumns(new Markup(title), new Markup($"[dim]{where}[/]")));

        var kind = step is null ? "" : Format.Title(step.Kind).ToUpperInvariant() + (step.PhaseName is { } phase ? " · " + phase.ToUpperInvariant() : "");
        var kindStyle = step?.Kind switch
        {
            StepKind.Hold or StepKind.Flow => "bold green",
            StepKind.Release or StepKind.RestBetweenSets => "bold blue",
            StepKind.SwitchSide => "bold yellow",
            _ => "bold",
        };
        var counters = step?.Counters is { } c ? PlanView.Counters(c) : "";
        rows.Add(TwoColumns(
            new Markup($"[{kindStyle}]{Markup.Escape(kind)}[/]" + (state.Paused ? "  [black on yellow] PAUSED [/]" : "")),
            new Text(counters)));
        rows.Add(Text.Empty);

        var digitsStyle = state.Paused ? new Style(decoration: Decoration.Dim)
            : step?.Kind is StepKind.Hold or StepKind.Flow ? new Style(Color.Green)
            : Style.Plain;
        rows.Add(BigDigits.Render(BigDigits.Countdown(state.SecondsRemaining), unicode, digitsStyle));
        rows.Add(Text.Empty);

        // The instruction gets a fixed three lines so the bars below do not jump as it changes. Before the first
        // hold, the last of them says where to be and what is needed.
        var setting = step?.Kind == StepKind.GetIntoPosition && state.Programme.FindStretch(step.StretchId) is { } s
            ? Format.Positions(s.Positions) + (s.Props.Count == 0 ? "" : " · you need " + Format.Props(s.Props))
            : null;
        var room = setting is null ? 3 : 2;
        var instruction = step?.Instruction ?? "";
        rows.Add(new Text(Truncate(instruction, inner * room)));
        for (var i = EstimateLines(instruction, inner); i < room; i++)
        {
            rows.Add(Text.Empty);
        }

        if (setting is not null)
        {
            rows.Add(new Markup($"[dim]{Markup.Escape(Truncate(char.ToUpperInvariant(setting[0]) + setting[1..], inner))}[/]"));
        }

        var barWidth = Math.Max(10, inner - 30);
        var stretchTotal = stretch?.Duration ?? TimeSpan.Zero;
        rows.Add(ProgressLine("Stretch", state.StretchProgress, barWidth, unicode,
            $"{Format.Clock(stretchTotal * state.StretchProgress)} / {Format.Clock(stretchTotal)}"));
        rows.Add(ProgressLine("Session", state.SessionProgress, barWidth, unicode,
            $"{Format.Clock(state.SessionElapsed)} / {Format.Clock(state.Timeline.TotalDuration)}"));
        rows.Add(Text.Empty);
        rows.Add(new Markup("[bold]Next:[/] " + Markup.Escape(Truncate(NextText(state), inner - 6))));

        if (state.ConfirmingQuit)
        {
            rows.Add(new Markup("[black on yellow] Quit this session? y = quit, n = carry on [/]"));
        }
        else if (state.Notice is { } notice)
        {
            rows.Add(new Markup($"[dim]{Markup.Escape(Truncate(notice, inner))}[/]"));
        }
        else
        {
            rows.Add(Text.Empty);
        }

        return new Panel(new Rows(rows))
            .Header(" Supple ")
            .Border(unicode ? BoxBorder.Rounded : BoxBorder.Ascii)
            .Expand();
    }

    /// <summary>The keys line under the panel.</summary>
    public static IRenderable Footer(SessionScreenState state) =>
        new Markup($"[dim]{Markup.Escape(state.Paused ? Keys.Replace("space pause", "space resume", StringComparison.Ordinal) : Keys)}[/]").Centered();

    public static string NextText(SessionScreenState state)
    {
        if (state.NextStep is not { } next)
        {
            return "the end of the session";
        }

        if (next.Kind == StepKind.Done)
        {
            return "the end of the session";
        }

        if (state.Step is { } step && next.StretchIndex != step.StretchIndex)
        {
            var name = next.StretchIndex >= 0 && next.StretchIndex < state.Timeline.Stretches.Count
                ? state.Timeline.Stretches[next.StretchIndex].Name
                : next.StretchId;
            return name;
        }

        var newSide = next.Counters is { Side: not Core.Content.Side.None } c && (state.Step?.Counters?.Side ?? Core.Content.Side.None) != c.Side
            ? Format.Side(c.Side)
            : null;
        var what = next.Kind == StepKind.SwitchSide && newSide is not null
            ? "Switch to the " + newSide
            : Format.Title(next.Kind) + (next.PhaseName is { } phase ? " (" + phase + ")" : "") + (newSide is null ? "" : ", " + newSide);
        return string.Create(CultureInfo.InvariantCulture, $"{what}, {Format.Duration(next.Duration)}");
    }

    public static string Bar(double fraction, int width, bool unicode)
    {
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width, MidpointRounding.AwayFromZero);
        return new string(unicode ? '█' : '#', filled) + new string(unicode ? '░' : '-', width - filled);
    }

    private static Grid ProgressLine(string label, double fraction, int barWidth, bool unicode, string suffix)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().Width(8)).AddColumn(new GridColumn().NoWrap()).AddColumn(new GridColumn().NoWrap());
        grid.AddRow(
            new Text(label),
            new Text(Bar(fraction, barWidth, unicode)),
            new Text(string.Create(CultureInfo.InvariantCulture, $"{fraction * 100,3:0}%  {suffix}")));
        return grid;
    }

    private static Grid TwoColumns(IRenderable left, IRenderable right)
    {
        var grid = new Grid().Expand().AddColumn(new GridColumn()).AddColumn(new GridColumn().RightAligned().NoWrap());
        grid.AddRow(left, right);
        return grid;
    }

    private static string Truncate(string text, int max) =>
        text.Length <= max || max < 2 ? text : text[..(max - 1)] + "…";

    private static int EstimateLines(string text, int width)
    {
        if (text.Length == 0)
        {
            return 1;
        }

        // Greedy word wrap, as Spectre wraps a Text.
        var lines = 1;
        var column = 0;
        foreach (var word in text.Split(' '))
        {
            var needed = column == 0 ? word.Length : column + 1 + word.Length;
            if (needed > width && column > 0)
            {
                lines++;
                column = word.Length;
            }
            else
            {
                column = needed;
            }
        }

        return Math.Min(lines, 3);
    }
}
