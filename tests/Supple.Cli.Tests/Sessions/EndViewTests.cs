using Spectre.Console.Testing;
using Supple.Cli.Sessions;
using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.Tests.Sessions;

public sealed class EndViewTests
{
    [Fact]
    public void The_first_session_does_not_repeat_its_own_pain_change_as_an_average()
    {
        Assert.Null(EndView.AveragePainChange(1, 2.0));
    }

    [Theory]
    [InlineData(2.0, "Across your sessions, pain after is on average 2.0 higher than before.")]
    [InlineData(-1.5, "Across your sessions, pain after is on average 1.5 lower than before.")]
    [InlineData(0.0, "Across your sessions, pain after is on average the same as before.")]
    public void From_the_second_session_the_average_change_is_shown(double change, string expected)
    {
        Assert.Equal(expected, EndView.AveragePainChange(2, change));
    }

    [Fact]
    public void Without_scored_sessions_there_is_no_average()
    {
        Assert.Null(EndView.AveragePainChange(5, null));
    }

    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static string Summary(params StretchRecord[] records)
    {
        var programme = BuiltInProgramme.Instance;
        var timeline = TimelineCompiler.Compile(programme, Routine.All(programme, DosageLevel.Gentle));
        using var console = new TestConsole().Width(80);
        console.Profile.Capabilities.Unicode = true;
        console.Write(EndView.Summary(new SessionResult(SessionOutcome.Completed, T0, T0.AddMinutes(1), records, Hurt: null), timeline));
        return console.Output;
    }

    [Fact]
    public void A_session_without_sides_or_notes_has_no_empty_side_and_note_columns()
    {
        var output = Summary(new StretchRecord("childs-pose", Side.None, 1, 1, 30, Skipped: false, Hurt: false));
        Assert.Contains("Child's pose", output, StringComparison.Ordinal);
        Assert.Contains("30 s", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Side", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Note", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sides_and_notes_get_their_columns_when_a_row_has_one()
    {
        var output = Summary(
            new StretchRecord("upper-trapezius-stretch", Side.Right, 2, 1, 40, Skipped: false, Hurt: false),
            new StretchRecord("childs-pose", Side.None, 0, 0, 0, Skipped: true, Hurt: false));
        Assert.Contains("Side", output, StringComparison.Ordinal);
        Assert.Contains("right", output, StringComparison.Ordinal);
        Assert.Contains("Note", output, StringComparison.Ordinal);
        Assert.Contains("skipped", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 3, "1 rep × 3 sets")]          // thoracic extension in full: not "3 reps, 3 sets"
    [InlineData(15, 1, "15 reps × 1 set")]
    [InlineData(4, 0, "4 reps, no set finished")]
    [InlineData(0, 0, "nothing finished")]
    public void Reps_and_sets_read_as_they_were_done(int reps, int sets, string expected)
    {
        Assert.Equal(expected, EndView.RepsTimesSets(new StretchRecord("x", Side.None, reps, sets, 10, false, false)));
    }

    [Fact]
    public void A_stretch_cut_short_is_noted_as_such()
    {
        var output = Summary(new StretchRecord("childs-pose", Side.None, 0, 0, 4, Skipped: false, Hurt: false, Partial: true));
        Assert.Contains("cut short", output, StringComparison.Ordinal);
        Assert.Contains("nothing finished", output, StringComparison.Ordinal);
    }
}
