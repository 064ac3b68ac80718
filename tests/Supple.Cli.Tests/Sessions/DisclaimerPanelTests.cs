using Spectre.Console;
using Spectre.Console.Testing;
using Supple.Cli.Sessions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Content;

namespace Supple.Cli.Tests.Sessions;

/// <summary>
/// The first-run disclaimer box of <c>supple start</c>: every line as wide as the terminal and both borders in the
/// first and last column, at the widths people use. A terminal draws a box straight only when each character takes
/// the cell Spectre counts for it, so the text inside must hold no character whose width terminals disagree on.
/// </summary>
public sealed class DisclaimerPanelTests
{
    public static TheoryData<int> Widths => [40, 60, 79, 80, 81, 100, 120, 160];

    [Theory]
    [MemberData(nameof(Widths))]
    public void Every_line_of_the_box_is_the_terminal_width_with_the_borders_lined_up(int width)
    {
        using var console = new TestConsole().Width(width);
        console.Profile.Capabilities.Unicode = true;
        console.Write(GuidedSession.DisclaimerPanel(BuiltInProgramme.Instance));
        AssertStraightBox(console.Lines, width);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public async Task The_box_start_shows_on_first_run_is_straight(int width)
    {
        using var cli = new TestCli(width: width);
        using var db = new TempDatabase();
        cli.Ansi.Input.PushTextWithEnter("n");   // decline: only the box and the question are shown
        var options = new StartOptions(null, [], ProgrammeFile: null, Db: db.Path, Plain: false, Quiet: true, Voice: false,
            AcceptDisclaimer: false, PainBefore: null, PainAfter: null);
        await new GuidedSession(cli.Console).RunAsync(options, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var box = cli.Ansi.Lines.SkipWhile(l => !l.StartsWith('┌')).TakeWhile(l => !l.StartsWith("I have read", StringComparison.Ordinal)).ToList();
        Assert.Contains(box, l => l.Contains("Before your first session", StringComparison.Ordinal));
        Assert.Contains(box, l => l.Contains("When to stop:", StringComparison.Ordinal));
        AssertStraightBox(box, width);
    }

    [Fact]
    public void The_check_catches_a_line_one_column_out()
    {
        string[] crooked = ["┌────┐", "│ ab │", "│ abc │", "└────┘"];
        Assert.ThrowsAny<Exception>(() => AssertStraightBox(crooked, 6));
    }

    private static void AssertStraightBox(IReadOnlyList<string> lines, int width)
    {
        var box = lines.Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        Assert.True(box.Count >= 4, "no box was drawn:\n" + string.Join('\n', lines));
        Assert.StartsWith("┌", box[0], StringComparison.Ordinal);
        Assert.StartsWith("└", box[^1], StringComparison.Ordinal);
        for (var i = 0; i < box.Count; i++)
        {
            var line = box[i];
            foreach (var c in line)
            {
                // Printable ASCII and box drawing are one cell in every terminal (tmux, xterm, VTE, Windows Terminal).
                Assert.True(c is >= ' ' and <= '~' or >= '\u2500' and <= '\u257F',
                    $"line {i} holds U+{(int)c:X4}, whose width terminals may draw differently: '{line}'");
            }

            // With only one-cell characters, the length in chars is the width in cells.
            Assert.True(line.Length == width, $"line {i} is {line.Length} columns, not {width}: '{line}'");
            var (left, right) = i == 0 ? ('┌', '┐') : i == box.Count - 1 ? ('└', '┘') : ('│', '│');
            Assert.True(line[0] == left && line[^1] == right, $"line {i} has its border out of place: '{line}'");
        }
    }
}
