using Spectre.Console;
using Spectre.Console.Testing;
using Supple.Cli.History;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Cli.Tests.History;

/// <summary>The table of <c>supple history</c> as an 80-column terminal shows it.</summary>
public sealed class HistoryViewTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static string Render(PracticeSession session, int width = 80)
    {
        using var console = new TestConsole().Width(width);
        console.Profile.Capabilities.Unicode = true;
        console.Write(HistoryView.Render(new Data.History([session], [], "Etc/UTC"), TimeZoneInfo.Utc, days: null));
        return console.Output;
    }

    private static PracticeSession Session(TimeSpan length, params StretchRecord[] stretches) =>
        new(Guid.NewGuid(), Start, Start + length, DateOnly.FromDateTime(Start.UtcDateTime), "built-in", DosageLevel.Standard,
            SessionOutcome.Completed, SessionSource.Guided, new PainScore(3), new PainScore(2), Hurt: null, stretches, Note: null);

    [Fact]
    public void A_stretch_line_that_wraps_keeps_its_indent()
    {
        var output = Render(Session(TimeSpan.FromMinutes(4),
            new StretchRecord("upper-trapezius-stretch", Side.Right, 3, 1, 75, Skipped: true, Hurt: false)));
        var details = output.Split('\n').Select(l => l.Split('│')).Where(c => c.Length > 3).Select(c => c[3]).ToList();
        var first = details.FindIndex(d => d.Contains("upper-trapezius-stretch", StringComparison.Ordinal));
        Assert.True(first >= 0, output);
        Assert.StartsWith("   upper-trapezius-stretch", details[first], StringComparison.Ordinal);
        Assert.True(first + 1 < details.Count && details[first + 1].StartsWith("   ", StringComparison.Ordinal) && details[first + 1].Trim().Length > 0,
            "the wrapped part of the stretch line lost its indent:\n" + output);
    }

    [Fact]
    public void Seconds_held_are_written_like_everywhere_else()
    {
        var output = Render(Session(TimeSpan.FromMinutes(2), new StretchRecord("chest-opener", Side.None, 2, 1, 36, false, false)), width: 120);
        Assert.Contains("chest-opener: 2 reps, 1 set, 36 s held", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_under_a_minute_does_not_say_0_min()
    {
        var output = Render(Session(TimeSpan.FromSeconds(20)), width: 120);
        Assert.Contains("under 1 min", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0 min", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stretches_are_shown_by_name_and_an_unknown_id_as_it_is()
    {
        using var console = new TestConsole().Width(120);
        var session = Session(TimeSpan.FromMinutes(3),
            new StretchRecord("chest-opener", Side.None, 2, 1, 36, false, false),
            new StretchRecord("from-another-file", Side.None, 1, 1, 10, false, false));

        console.Write(HistoryView.Render(new Data.History([session], [], "Etc/UTC"), TimeZoneInfo.Utc, days: null, StretchNames.FromBuiltIn));

        Assert.Contains("Chest opener stretch: 2 reps, 1 set, 36 s held", console.Output, StringComparison.Ordinal);
        Assert.Contains("from-another-file: 1 rep", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("chest-opener", console.Output, StringComparison.Ordinal);
    }
}
