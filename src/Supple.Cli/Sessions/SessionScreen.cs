using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// The live view of <c>supple start</c>: the stretch, what to do now, a big countdown, counters, progress
/// for the stretch and the session, what comes next and the keys. Fits 80×24; nothing depends on colour
/// alone (NO_COLOR shows the same words).
/// </summary>
internal static class SessionScreen
{
    /// <summary>The session keys, in the run's language (the letters are the keys).</summary>
    public static string Keys => CliText.Localizer[CliText.SessionKeys];

    private static string PausedKeys => CliText.Localizer[CliText.SessionKeysPaused];

    /// <summary>The live view for an 80×24 terminal (the layout the tests of the full view use).</summary>
    public static IRenderable Render(SessionScreenState state, int width, bool unicode) => Render(state, width, 24, unicode);

    /// <summary>
    /// The panel for a terminal of <paramref name="width"/> × <paramref name="height"/>, leaving room under it for
    /// <see cref="Footer(SessionScreenState, int)"/>. What matters most always stays: the border, the stretch, the
    /// step with its countdown, the whole instruction and the progress; the big digits, what comes next, the setting
    /// and the spacing come in as the height allows. Nothing is cut mid-word; the progress bars shrink with the width.
    /// </summary>
    public static IRenderable Render(SessionScreenState state, int width, int height, bool unicode)
    {
        ArgumentNullException.ThrowIfNull(state);
        var inner = Math.Max(16, width - 4);
        var step = state.Step;
        var stretch = state.CurrentStretch;

        var title = stretch is null
            ? $"[bold]{Markup.Escape(CliText.Localizer[CliText.SessionGettingReady])}[/]"
            : $"[bold]{Markup.Escape(stretch.Name)}[/]";
        var where = stretch is null
            ? ""
            : CliText.Localizer.Format(inner < 48 ? CliText.SessionStretchOfShort : CliText.SessionStretchOf, ("number", stretch.Index + 1), ("count", state.Timeline.Stretches.Count));

        var kind = step is null ? "" : Format.Title(step.Kind).ToUpperInvariant() + (step.PhaseName is { } phase ? " · " + phase.ToUpperInvariant() : "");
        var kindStyle = step?.Kind switch
        {
            StepKind.Hold or StepKind.Flow => "bold green",
            StepKind.Release or StepKind.RestBetweenSets => "bold blue",
            StepKind.SwitchSide => "bold yellow",
            _ => "bold",
        };
        var counters = step?.Counters is { } c ? PlanView.Counters(c) : "";
        var setting = step?.Kind == StepKind.GetIntoPosition && state.Programme.FindStretch(step.StretchId) is { } s
            ? Format.Positions(s.Positions) + (s.Props.Count == 0 ? "" : " · you need " + Format.Props(s.Props))
            : null;
        var instruction = step?.Instruction ?? "";
        var instructionLines = Math.Max(1, WrappedLines(instruction, inner));
        var settingLines = setting is null ? 0 : WrappedLines(setting, inner);
        var narrowBars = inner < 56;

        // The height budget: the border (2) and the keys under the panel are always there; then the title, the step,
        // the whole instruction, the two bars and the "next" line. What is left goes to the big digits (and the line
        // above them), the setting, a line between parts and, at full size, a steady three lines for the instruction.
        var budget = height - 2 - FooterLines(state, width);
        var countdownText = BigDigits.Countdown(state.SecondsRemaining) + " s";
        var kindLines = kind.Length + 2 + countdownText.Length + (state.Paused ? 10 : 0) + 2 + counters.Length <= inner ? 1 : 2;
        var spare = budget - (1 + kindLines + instructionLines);
        var bars = spare >= 3 ? 2 : spare >= 1 ? 1 : 0; // two bars, or both in one line when short of room
        spare -= bars;
        var showNext = spare-- > 0;
        var bigDigits = spare >= BigDigits.Height + 1;
        spare -= bigDigits ? BigDigits.Height + 1 : 0;
        var showSetting = setting is not null && spare >= settingLines;
        spare -= showSetting ? settingLines : 0;
        var padInstruction = Math.Clamp(3 - instructionLines - (showSetting ? settingLines : 0), 0, Math.Max(0, spare));
        spare -= padInstruction;
        var gapAfterDigits = bigDigits && spare-- > 0;
        var gapAfterBars = spare-- > 0;
        var noticeLine = spare-- > 0;

        var rows = new List<IRenderable> { TwoColumns(new Markup(title), new Markup($"[dim]{where}[/]")) };
        var countdown = bigDigits ? "" : "  [bold]" + countdownText + "[/]";
        rows.Add(TwoColumns(
            new Markup($"[{kindStyle}]{Markup.Escape(kind)}[/]" + countdown + (state.Paused ? "  [black on yellow] PAUSED [/]" : "")),
            new Text(counters)));
        if (bigDigits)
        {
            var digitsStyle = state.Paused ? new Style(decoration: Decoration.Dim)
                : step?.Kind is StepKind.Hold or StepKind.Flow ? new Style(Color.Green)
                : Style.Plain;
            rows.Add(Text.Empty);
            rows.Add(BigDigits.Render(BigDigits.Countdown(state.SecondsRemaining), unicode, digitsStyle));
        }

        if (gapAfterDigits)
        {
            rows.Add(Text.Empty);
        }

        // The whole instruction, wrapped at spaces: never cut.
        rows.Add(new Text(instruction));
        for (var i = 0; i < padInstruction; i++)
        {
            rows.Add(Text.Empty);
        }

        if (showSetting)
        {
            rows.Add(new Markup($"[dim]{Markup.Escape(char.ToUpperInvariant(setting![0]) + setting[1..])}[/]"));
        }

        var stretchTotal = stretch?.Duration ?? TimeSpan.Zero;
        var stretchLabel = CliText.Localizer[CliText.SessionBarStretch].Value;
        var sessionLabel = CliText.Localizer[CliText.SessionBarSession].Value;
        if (bars == 2)
        {
            // Both labels padded to the longer one and a space (8 columns in English), so the bars line up.
            var labelWidth = Math.Max(8, Math.Max(stretchLabel.Length, sessionLabel.Length) + 1);
            rows.Add(ProgressLine(stretchLabel, labelWidth, state.StretchProgress, inner, unicode,
                narrowBars ? "" : $"{Format.Clock(stretchTotal * state.StretchProgress)} / {Format.Clock(stretchTotal)}"));
            rows.Add(ProgressLine(sessionLabel, labelWidth, state.SessionProgress, inner, unicode,
                narrowBars ? "" : $"{Format.Clock(state.SessionElapsed)} / {Format.Clock(state.Timeline.TotalDuration)}"));
        }
        else if (bars == 1)
        {
            rows.Add(new Text(string.Create(CultureInfo.InvariantCulture, $"{stretchLabel} {state.StretchProgress * 100:0}% · {sessionLabel} {state.SessionProgress * 100:0}%")));
        }

        if (gapAfterBars)
        {
            rows.Add(Text.Empty);
        }

        if (state.ConfirmingQuit)
        {
            rows.Add(new Markup($"[black on yellow] {Markup.Escape(CliText.Localizer[inner < 44 ? CliText.SessionConfirmQuitShort : CliText.SessionConfirmQuitLive])} [/]"));
        }
        else if (showNext)
        {
            var nextLabel = CliText.Localizer[CliText.SessionNextLabel].Value;
            rows.Add(new Markup($"[bold]{Markup.Escape(nextLabel)}[/] " + Markup.Escape(Shorten(NextText(state), inner - nextLabel.Length - 1))));
        }

        if (noticeLine)
        {
            rows.Add(state.Notice is { } notice && !state.ConfirmingQuit ? new Markup($"[dim]{Markup.Escape(Shorten(notice, inner))}[/]") : Text.Empty);
        }

        return new Panel(new Rows(rows))
            .Header(" Supple ")
            .Border(unicode ? BoxBorder.Rounded : BoxBorder.Ascii)
            .Expand();
    }

    /// <summary>The keys line under the panel, for an 80-column terminal.</summary>
    public static IRenderable Footer(SessionScreenState state) => Footer(state, 80);

    /// <summary>The keys under the panel, each key with its action kept on one line, wrapped to the width.</summary>
    public static IRenderable Footer(SessionScreenState state, int width)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new Rows(KeyLines(state, width).Select(line => new Markup($"[dim]{Markup.Escape(line)}[/]").Centered()));
    }

    /// <summary>The panel and the keys under it, sized to the terminal: what the live player draws.</summary>
    public static IRenderable Screen(SessionScreenState state, int width, int height, bool unicode) =>
        new Rows(Render(state, width, height, unicode), Footer(state, width));

    private static int FooterLines(SessionScreenState state, int width) => KeyLines(state, width).Count;

    private static IReadOnlyList<string> KeyLines(SessionScreenState state, int width) =>
        PackedItems.Lines((state.Paused ? PausedKeys : Keys).Split(" · "), width);

    public static string NextText(SessionScreenState state)
    {
        if (state.NextStep is not { } next)
        {
            return CliText.Localizer[CliText.SessionNext];
        }

        if (next.Kind == StepKind.Done)
        {
            return CliText.Localizer[CliText.SessionNext];
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
            ? CliText.Localizer.Format(CliText.SessionSwitchTo, ("side", newSide))
            : Format.Title(next.Kind) + (next.PhaseName is { } phase ? " (" + phase + ")" : "") + (newSide is null ? "" : ", " + newSide);
        return string.Create(CultureInfo.InvariantCulture, $"{what}, {Format.Duration(next.Duration)}");
    }

    public static string Bar(double fraction, int width, bool unicode)
    {
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width, MidpointRounding.AwayFromZero);
        return new string(unicode ? '█' : '#', filled) + new string(unicode ? '░' : '-', width - filled);
    }

    // One line of exactly the panel's inner width: the label, the bar, the percentage and (when wide) the times.
    private static Text ProgressLine(string label, int labelWidth, double fraction, int inner, bool unicode, string suffix)
    {
        var right = string.Create(CultureInfo.InvariantCulture, $"{fraction * 100,3:0}%") + (suffix.Length == 0 ? "" : "  " + suffix);
        var barWidth = Math.Clamp(inner - labelWidth - 1 - right.Length, 4, 50);
        return new Text(label.PadRight(labelWidth) + Bar(fraction, barWidth, unicode) + " " + right);
    }

    private static Grid TwoColumns(IRenderable left, IRenderable right)
    {
        var grid = new Grid().Expand().AddColumn(new GridColumn()).AddColumn(new GridColumn().RightAligned().NoWrap());
        grid.AddRow(left, right);
        return grid;
    }

    // Only the "next" and notice lines are shortened, at a word, with an ellipsis; the instruction never is.
    private static string Shorten(string text, int max)
    {
        if (text.Length <= max || max < 2)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(' ', ',', '·') + "…";
    }

    /// <summary>How many lines <paramref name="text"/> takes when wrapped at spaces to <paramref name="width"/>, as Spectre wraps a Text.</summary>
    internal static int WrappedLines(string text, int width)
    {
        if (text.Length == 0)
        {
            return 1;
        }

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

            while (column > width)
            {
                lines++;
                column -= width;
            }
        }

        return lines;
    }
}
