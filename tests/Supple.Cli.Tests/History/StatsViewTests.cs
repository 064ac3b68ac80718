using Spectre.Console;
using Spectre.Console.Testing;
using Supple.Cli.History;
using Supple.Core.Statistics;

namespace Supple.Cli.Tests.History;

/// <summary>The table of <c>supple stats</c> as a terminal shows it.</summary>
public sealed class StatsViewTests
{
    [Fact]
    public void The_per_stretch_table_names_the_stretches()
    {
        var stats = new PracticeStats(
            new DateOnly(2026, 11, 27), "Etc/UTC", 1, 1, 1, 1, 1, 1, 0, 0, 1.0, 0, null, null,
            new PainTrend(PainTrend.DefaultWindowDays, 0, null, PainTrendDirection.NotEnoughData),
            [new StretchTally("cat-camel", 3, 0, 0), new StretchTally("childs-pose", 2, 1, 1), new StretchTally("from-another-file", 1, 0, 0)]);
        using var console = new TestConsole().Width(100);

        console.Write(StatsView.Render(stats, StretchNames.FromBuiltIn));

        Assert.Contains("Cat-camel stretch", console.Output, StringComparison.Ordinal);
        Assert.Contains("Child's pose", console.Output, StringComparison.Ordinal);
        Assert.Contains("from-another-file", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("childs-pose", console.Output, StringComparison.Ordinal);
    }
}
