using Supple.Core.History;
using Supple.Core.Tests.Localization;

namespace Supple.Core.Tests.History;

/// <summary>
/// Why a typed pain score is not one comes from Core's <c>HistoryText</c> in the current UI culture: every key in
/// English, every shipped language complete, English word for word as before, German in German.
/// </summary>
public sealed class HistoryTextTests
{
    public static TheoryData<string> Languages => ResourceChecks.OtherLanguages;

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources_and_none_is_unused()
    {
        ResourceChecks.EveryKeyIsInEnglishAndNoneIsUnused(ResourceChecks.KeysOf(typeof(HistoryText)), HistoryText.Resources);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        ResourceChecks.LanguageIsComplete(HistoryText.Resources, language);
    }

    [Theory]
    [InlineData(" ", "a pain score is needed: a whole number from 0 (no pain) to 10 (worst).", "ein Schmerzwert fehlt: eine ganze Zahl von 0 (kein Schmerz) bis 10 (am schlimmsten).")]
    [InlineData("x7", "'x7' is not a pain score: use a whole number from 0 (no pain) to 10 (worst).", "'x7' ist kein Schmerzwert: nimm eine ganze Zahl von 0 (kein Schmerz) bis 10 (am schlimmsten).")]
    [InlineData("12345", "12345 is out of range: a pain score is from 0 (no pain) to 10 (worst).", "12345 liegt außerhalb des Bereichs: ein Schmerzwert geht von 0 (kein Schmerz) bis 10 (am schlimmsten).")]
    public void A_typed_score_that_is_not_one_is_refused_in_English_as_before_and_in_German(string typed, string english, string german)
    {
        using (new UiCulture("en"))
        {
            Assert.False(PainScore.TryParse(typed, out _, out var error));
            Assert.Equal(english, error);
        }

        using (new UiCulture("de"))
        {
            Assert.False(PainScore.TryParse(typed, out _, out var error));
            Assert.Equal(german, error);
        }
    }
}
