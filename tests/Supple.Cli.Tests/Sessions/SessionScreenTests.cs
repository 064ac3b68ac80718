using Spectre.Console;
using Spectre.Console.Testing;
using Supple.Cli.Sessions;
using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.Tests.Sessions;

public sealed class SessionScreenTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static Programme Programme => BuiltInProgramme.Instance;

    private static SessionScreenState StateAt(Func<TimelineStep, bool> which, int secondsRemaining, params string[] only)
    {
        var routine = only.Length == 0 ? Routine.All(Programme, DosageLevel.Standard) : Routine.Only(Programme, only, DosageLevel.Standard);
        var timeline = TimelineCompiler.Compile(Programme, routine);
        var state = new SessionScreenState(Programme, timeline);
        var step = timeline.Steps.First(which);
        Assert.True(state.Apply(new StepStarted(T0 + step.StartsAt, step)));
        state.Apply(new SecondElapsed(T0, step, secondsRemaining));
        return state;
    }

    private static string Render(SessionScreenState state, int width = 80, bool ansi = false, ColorSystem colors = ColorSystem.TrueColor)
    {
        using var console = new TestConsole().Width(width).Height(24).Colors(colors);
        console.Profile.Capabilities.Unicode = true;
        if (ansi)
        {
            console.EmitAnsiSequences();
        }

        console.Write(new Rows(SessionScreen.Render(state, width, unicode: true), SessionScreen.Footer(state)));
        return console.Output;
    }

    private static void AssertFits80x24(string output)
    {
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length <= 24, $"{lines.Length} lines:\n{output}");
        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= 80, $"too wide: '{l}'"));
    }

    [Theory]
    [InlineData("de", "Übung 2 von 7", "Als Nächstes:", "Übung ", "Einheit ", "Seitenwechsel: linke Seite")]
    [InlineData("es", "estiramiento 2 de 7", "Después:", "Estiramiento ", "Sesión ", "Cambia al lado izquierdo")]
    [InlineData("fr", "étirement 2 sur 7", "Ensuite :", "Étirement ", "Séance ", "Passez au côté gauche")]
    public void The_live_view_labels_its_counter_bars_and_next_line_in_the_runs_language(
        string language, string counter, string next, string stretchBar, string sessionBar, string switchSide)
    {
        var ui = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(language);
        try
        {
            // The first hold of the upper trapezius stretch (right side first): next comes the switch to the left.
            var state = StateAt(s => s.Kind == StepKind.Hold && s.StretchId == "upper-trapezius-stretch", 20);
            var output = Render(state);
            AssertFits80x24(output);
            Assert.Contains(counter, output, StringComparison.Ordinal);
            Assert.Contains(next + " " + switchSide, output, StringComparison.Ordinal);
            Assert.Contains("\n" + stretchBar, "\n" + string.Join("\n", output.Split('\n').Select(l => l.TrimStart('│', ' '))), StringComparison.Ordinal);
            Assert.Contains(sessionBar, output, StringComparison.Ordinal);
            Assert.DoesNotContain("Next:", output, StringComparison.Ordinal);
            Assert.DoesNotContain(" of 7", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Session ", output, StringComparison.Ordinal);

            state.ConfirmingQuit = true;
            Assert.DoesNotContain("carry on", Render(state), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public void Get_into_position_shows_the_stretch_the_setup_and_what_comes_next()
    {
        var state = StateAt(s => s.Kind == StepKind.GetIntoPosition && s.StretchId == "thoracic-extension", 10);
        var output = Render(state);
        AssertFits80x24(output);
        Assert.Contains("Thoracic extension stretch", output, StringComparison.Ordinal);
        Assert.Contains("stretch 4 of 7", output, StringComparison.Ordinal);
        Assert.Contains("GET INTO POSITION", output, StringComparison.Ordinal);
        Assert.Contains("Next: Hold", output, StringComparison.Ordinal);
        Assert.Contains(SessionScreen.Keys, output, StringComparison.Ordinal);
        Assert.Contains("On the floor · you need a foam roller or a rolled-up towel", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Hold_shows_the_countdown_in_big_digits_with_rep_set_and_side()
    {
        var state = StateAt(s => s.Kind == StepKind.Hold && s.StretchId == "upper-trapezius-stretch" && s.Counters!.Side == Side.Right, 17);
        var output = Render(state);
        AssertFits80x24(output);
        Assert.Contains("HOLD", output, StringComparison.Ordinal);
        Assert.Contains("rep 1/3 · set 1/1 · right side", output, StringComparison.Ordinal);
        foreach (var line in BigDigits.Lines("17", '█'))
        {
            Assert.Contains(line, output, StringComparison.Ordinal);
        }

        Assert.Contains(state.Step!.Instruction[..20], output, StringComparison.Ordinal);
        Assert.Contains("Stretch", output, StringComparison.Ordinal);
        Assert.Contains("Session", output, StringComparison.Ordinal);
        Assert.Contains("█", output.Split('\n').First(l => l.Contains("Session", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Switch_side_says_which_side_is_next()
    {
        var state = StateAt(s => s.Kind == StepKind.SwitchSide && s.StretchId == "upper-trapezius-stretch", 3);
        var output = Render(state);
        AssertFits80x24(output);
        Assert.Contains("SWITCH SIDE", output, StringComparison.Ordinal);
        Assert.Contains("left side", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_bars_follow_the_timeline()
    {
        var state = StateAt(s => s.Kind == StepKind.Hold && s.StretchId == "childs-pose", 0);
        var stretch = state.CurrentStretch!;
        // At the end of child's pose's only hold the stretch is done (its last step), and the session is part-way.
        Assert.Equal(1.0, state.StretchProgress, 3);
        Assert.Equal((stretch.StartsAt + stretch.Duration) / state.Timeline.TotalDuration, state.SessionProgress, 3);
        Assert.Equal("█████░░░░░", SessionScreen.Bar(0.5, 10, unicode: true));
        Assert.Equal("##--", SessionScreen.Bar(0.5, 4, unicode: false));
    }

    [Fact]
    public void Paused_is_said_in_words_and_the_keys_offer_resume()
    {
        var state = StateAt(s => s.Kind == StepKind.Hold, 4);
        state.Apply(new SessionPaused(T0));
        var output = Render(state);
        Assert.Contains("PAUSED", output, StringComparison.Ordinal);
        Assert.Contains("space resume", output, StringComparison.Ordinal);
        state.Apply(new SessionResumed(T0));
        Assert.DoesNotContain("PAUSED", Render(state), StringComparison.Ordinal);
    }

    [Fact]
    public void Quit_asks_first()
    {
        var state = StateAt(s => s.Kind == StepKind.Hold, 4);
        state.ConfirmingQuit = true;
        Assert.Contains("Quit this session? y = quit, n = carry on", Render(state), StringComparison.Ordinal);
    }

    [Fact]
    public void Last_step_says_the_session_ends_next()
    {
        var state = StateAt(s => s.Kind == StepKind.Hold && s.StretchId == "childs-pose", 5, "childs-pose");
        Assert.Contains("Next: the end of the session", Render(state), StringComparison.Ordinal);
    }

    [Fact]
    public void Before_a_side_switch_next_says_which_side_once()
    {
        var state = StateAt(s => s.Kind == StepKind.Hold && s.StretchId == "upper-trapezius-stretch", 3, "upper-trapezius-stretch");
        var next = SessionScreen.NextText(state);
        Assert.Equal("Switch to the left side, 5 s", next);
    }

    [Fact]
    public void Before_the_next_stretch_next_gives_its_name()
    {
        var state = StateAt(s => s.Kind == StepKind.Hold && s.StretchId == "shoulder-blade-squeeze" && s.Counters!.Rep == s.Counters.Reps, 2);
        Assert.StartsWith("Upper trapezius stretch", SessionScreen.NextText(state), StringComparison.Ordinal);
    }

    [Fact]
    public void No_color_output_has_no_colour_codes_but_the_same_words()
    {
        var state = StateAt(s => s.Kind == StepKind.Hold, 4);
        state.Apply(new SessionPaused(T0));
        var coloured = Render(state, ansi: true, colors: ColorSystem.TrueColor);
        var plain = Render(state, ansi: true, colors: ColorSystem.NoColors);
        Assert.Contains("\u001b[38;", coloured, StringComparison.Ordinal); // a foreground colour
        Assert.DoesNotContain("\u001b[38;", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[48;", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[3", plain.Replace("\u001b[3m", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("PAUSED", plain, StringComparison.Ordinal);
        Assert.Contains("HOLD", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Hurt_screen_says_where_and_shows_the_stop_rule()
    {
        var timeline = TimelineCompiler.Compile(Programme, Routine.All(Programme, DosageLevel.Standard));
        using var console = new TestConsole().Width(80);
        console.Write(EndView.Hurt(timeline, new HurtReport("seated-twist", Side.Left, T0), saved: true));
        var output = console.Output.ReplaceLineEndings(" ");
        Assert.Contains("STOP", output, StringComparison.Ordinal);
        Assert.Contains("Seated twist, left side", output, StringComparison.Ordinal);
        Assert.Contains("see a", output, StringComparison.Ordinal);
        Assert.Contains("doctor", output, StringComparison.Ordinal);
    }

    [Fact]
    public void End_summary_lists_each_stretch_and_side()
    {
        var timeline = TimelineCompiler.Compile(Programme, Routine.All(Programme, DosageLevel.Standard));
        var result = new SessionResult(SessionOutcome.Abandoned, T0, T0.AddMinutes(3),
        [
            new StretchRecord("shoulder-blade-squeeze", Side.None, 13, 1, 104, Skipped: false, Hurt: false),
            new StretchRecord("upper-trapezius-stretch", Side.Right, 1, 0, 25, Skipped: true, Hurt: false),
        ], null);
        using var console = new TestConsole().Width(80);
        console.Write(EndView.Summary(result, timeline));
        var output = console.Output;
        Assert.Contains("Session ended early", output, StringComparison.Ordinal);
        Assert.Contains("Shoulder blade squeeze", output, StringComparison.Ordinal);
        Assert.Contains("1:44", output, StringComparison.Ordinal);
        Assert.Contains("right", output, StringComparison.Ordinal);
        Assert.Contains("skipped", output, StringComparison.Ordinal);
    }
}
