using Supple.Cli.Sessions;

namespace Supple.Cli.Tests.Sessions;

public sealed class EndViewTests
{
    [Fact]
    public void The_first_session_does_not_repeat_its_own_pain_change_as_an_average()
    {
        Assert.Null(EndView.AveragePainChange(new JournalStats(1, 1, 2.0)));
    }

    [Theory]
    [InlineData(2.0, "Across your sessions, pain after is on average 2.0 higher than before.")]
    [InlineData(-1.5, "Across your sessions, pain after is on average 1.5 lower than before.")]
    [InlineData(0.0, "Across your sessions, pain after is on average the same as before.")]
    public void From_the_second_session_the_average_change_is_shown(double change, string expected)
    {
        Assert.Equal(expected, EndView.AveragePainChange(new JournalStats(2, 2, change)));
    }

    [Fact]
    public void Without_scored_sessions_there_is_no_average()
    {
        Assert.Null(EndView.AveragePainChange(new JournalStats(3, 5, null)));
    }
}
