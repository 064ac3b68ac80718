using Supple.Cli.Rendering;
using Supple.Cli.Sessions;

namespace Supple.Cli.Tests.Rendering;

public sealed class FormatTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(45, "45 s")]
    [InlineData(60, "1:00")]
    [InlineData(125, "2:05")]
    [InlineData(3723, "1:02:03")]
    public void Seconds_read_naturally(int seconds, string expected) => Assert.Equal(expected, Format.Seconds(seconds));

    [Theory]
    [InlineData("0", true, 0)]
    [InlineData("10", true, 10)]
    [InlineData(" 7 ", true, 7)]
    [InlineData("11", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("five", false, 0)]
    [InlineData("3.5", false, 0)]
    [InlineData("", false, 0)]
    public void Pain_scores_are_whole_numbers_from_0_to_10(string text, bool ok, int expected)
    {
        Assert.Equal(ok, PainScoreText.TryParse(text, out var score));
        if (ok)
        {
            Assert.Equal(expected, score);
        }
    }

    [Fact]
    public void Big_digits_are_five_rows_and_the_same_width_per_glyph()
    {
        var lines = BigDigits.Lines("1:05", '#');
        Assert.Equal(5, lines.Count);
        Assert.Single(lines.Select(l => l.Length).Distinct());
        Assert.Equal("######", lines[0][^6..]); // the top of a 5
        Assert.True(lines.Max(l => l.Length) <= 40);
    }

    [Theory]
    [InlineData(9, "9")]
    [InlineData(99, "99")]
    [InlineData(100, "1:40")]
    public void Countdown_switches_to_minutes_above_99_seconds(int seconds, string expected) =>
        Assert.Equal(expected, BigDigits.Countdown(seconds));

    [Theory]
    [InlineData(6, 4, "Pain 6 → 4 (−2)")]
    [InlineData(3, 5, "Pain 3 → 5 (+2)")]
    [InlineData(2, 2, "Pain 2 → 2 (±0)")]
    public void Pain_change_is_signed(int before, int after, string expected) =>
        Assert.Equal(expected, EndView.PainChange(before, after));
}
