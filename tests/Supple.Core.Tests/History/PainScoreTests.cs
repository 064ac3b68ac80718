using Supple.Core.History;

namespace Supple.Core.Tests.History;

public sealed class PainScoreTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("10", 10)]
    [InlineData(" 7 ", 7)]
    public void Whole_numbers_from_0_to_10_parse(string text, int expected)
    {
        Assert.True(PainScore.TryParse(text, out var score, out var error));
        Assert.Null(error);
        Assert.Equal(expected, score.Value);
    }

    [Theory]
    [InlineData("11", "out of range")]
    [InlineData("-1", "out of range")]
    [InlineData("seven", "not a pain score")]
    [InlineData("7.5", "not a pain score")]
    [InlineData("", "is needed")]
    [InlineData(null, "is needed")]
    public void Anything_else_is_refused_with_a_reason(string? text, string reason)
    {
        Assert.False(PainScore.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_constructor_guards_the_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PainScore(11));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PainScore(-1));
        Assert.True(new PainScore(3) < new PainScore(4));
    }
}
