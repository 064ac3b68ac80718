using Spectre.Console;
using Spectre.Console.Rendering;
using Spectre.Console.Testing;
using Supple.Cli.Rendering;
using Supple.Cli.Sessions;
using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.Tests.Rendering;

/// <summary>
/// Narrow and short terminals lose nothing: at 40 and 60 columns every value of <c>supple stretches</c> is whole on
/// one line (no "rig / ht", no empty column), and the live session view at 40 and 60 columns and 14 rows keeps its
/// border, the whole instruction, the progress and the key hints.
/// </summary>
public sealed class NarrowTerminalTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static Programme Programme => BuiltInProgramme.Instance;

    private static string[] Render(IRenderable renderable, int width, int height = 200)
    {
        using var console = new TestConsole().Width(width).Height(height);
        console.Profile.Capabilities.Unicode = true;
        console.Write(renderable);
        var lines = console.Output.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= width, $"wider than {width}: '{l}'"));
        return lines;
    }

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(80)]
    public void Every_value_of_stretches_is_whole_on_one_line(int width)
    {
        var lines = Render(StretchesView.Render(Programme), width);

        foreach (var s in Programme.Stretches)
        {
            Assert.Contains(lines, l => l.Contains(s.Id, StringComparison.Ordinal));
            // A flow's phases may go on lines of their own, each whole.
            foreach (var part in Format.Hold(s.Dosage).Split(" → "))
            {
                Assert.Contains(lines, l => l.Contains(part, StringComparison.Ordinal));
            }

            Assert.Contains(lines, l => l.Contains(s.Dosage.Reps.ToString(), StringComparison.Ordinal));
            if (s.Dosage.EachSide)
            {
                Assert.Contains(lines, l => l.Contains(Format.ShortSides(s.Dosage.Sides), StringComparison.Ordinal));
            }
        }

        // Every one of the seven has its hold, reps, sets and sides: no column squeezed out.
        var joined = string.Join('\n', lines);
        Assert.Equal(7, Programme.Stretches.Count(s => joined.Contains(s.Name, StringComparison.Ordinal)));
    }

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

    public static TheoryData<int, int> Sizes => new() { { 40, 14 }, { 60, 14 }, { 40, 24 }, { 60, 24 }, { 80, 14 }, { 80, 24 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_live_view_keeps_border_instruction_progress_and_keys(int width, int height)
    {
        foreach (var state in new[]
        {
            StateAt(s => s.Kind == StepKind.GetIntoPosition && s.StretchId == "thoracic-extension", 10),
            StateAt(s => s.Kind == StepKind.Hold && s.StretchId == "upper-trapezius-stretch", 25),
            StateAt(s => s.Kind == StepKind.Flow && s.StretchId == "cat-camel", 4),
        })
        {
            var lines = Render(SessionScreen.Screen(state, width, height, unicode: true), width, height);
            var text = string.Join('\n', lines);

            Assert.True(lines.Length <= height, $"{lines.Length} lines at {width}×{height}:\n{text}");
            Assert.True(lines[0].TrimStart().StartsWith('╭'), lines[0]);
            Assert.Contains(lines, l => l.TrimStart().StartsWith('╰'));
            foreach (var key in SessionScreen.Keys.Split(" · "))
            {
                Assert.True(lines.Any(l => l.Contains(key, StringComparison.Ordinal)), $"key hint '{key}' missing at {width}×{height}:\n{text}");
            }

            // The whole instruction, word by word, in order: nothing cut off.
            var words = state.Step!.Instruction.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var flowing = string.Join(' ', lines.Select(l => l.Trim('│', ' ', '|')));
            Assert.True(flowing.Contains(string.Join(' ', words), StringComparison.Ordinal), $"instruction cut at {width}×{height}:\n{text}");
            Assert.Contains(lines, l => l.Contains("Stretch", StringComparison.Ordinal) && l.Contains('%', StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("Session", StringComparison.Ordinal) && l.Contains('%', StringComparison.Ordinal));
            // The countdown: in big digits when there is room, else beside the step.
            Assert.True(text.Contains('█', StringComparison.Ordinal) || text.Contains(state.SecondsRemaining.ToString(System.Globalization.CultureInfo.InvariantCulture) + " s", StringComparison.Ordinal), text);
        }
    }
}
