using Supple.Core.Safety;

namespace Supple.Core.Tests.Safety;

public sealed class RedFlagsTests
{
    [Fact]
    public void Every_warning_sign_is_listed_once_in_order()
    {
        Assert.Equal(Enum.GetValues<RedFlag>(), RedFlags.All.Select(f => f.Flag));
    }

    [Fact]
    public void Every_warning_sign_has_a_question_a_reason_and_a_public_clinical_source()
    {
        Assert.All(RedFlags.All, info =>
        {
            Assert.EndsWith("?", info.Question, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(info.Explanation));
            Assert.NotEmpty(info.Sources);
            Assert.All(info.Sources, s => Assert.Equal("https", s.Url?.Scheme));
        });
    }

    [Fact]
    public void Ids_are_unique_kebab_case_and_found_again()
    {
        Assert.Equal(RedFlags.All.Count, RedFlags.All.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RedFlags.All, info =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", info.Id);
            Assert.Same(info, RedFlags.Find(info.Id));
            Assert.Same(info, RedFlags.Get(info.Flag));
        });
        Assert.Null(RedFlags.Find("headache"));
    }

    [Fact]
    public void The_rules_have_the_values_written_in_SAFETY_md()
    {
        Assert.Equal(3, SafetyRules.StepUpAfterCalmSessions);
        Assert.Equal(2, SafetyRules.StepDownPainRise);
        Assert.Equal(2, SafetyRules.PauseAfterHurts);
        Assert.Equal(TimeSpan.FromDays(7), SafetyRules.HurtWindow);
        Assert.Equal(7, SafetyRules.HighPainBeforeSession);
        Assert.Equal(TimeSpan.FromDays(14), SafetyRules.TrendWindow);
        Assert.Equal(4, SafetyRules.TrendMinimumReadings);
        Assert.Equal(7, SafetyRules.TrendMinimumSpanDays);
        Assert.Equal(2.0, SafetyRules.TrendMinimumRise);
    }
}
