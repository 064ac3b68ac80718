using System.Globalization;
using Supple.Core.Localization;
using Supple.Core.Reminders;
using Supple.Core.Tests.Localization;

namespace Supple.Core.Tests.Reminders;

/// <summary>
/// The daily calendar event's wording comes from Core's <c>CalendarText</c> resources in the current UI culture:
/// every key in English, every shipped language complete, English unchanged, German really German.
/// </summary>
public sealed class CalendarTextTests
{
    public static TheoryData<string> Languages => ResourceChecks.OtherLanguages;

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources_and_none_is_unused()
    {
        ResourceChecks.EveryKeyIsInEnglishAndNoneIsUnused(ResourceChecks.KeysOf(typeof(CalendarText)), CalendarText.Resources);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        ResourceChecks.LanguageIsComplete(CalendarText.Resources, language);
    }

    [Fact]
    public void The_event_reads_in_the_current_UI_culture_and_English_is_unchanged()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = SuppleCultures.Get("de");
            var german = DailyPracticeEvent.For(["Katze-Kuh", "Brustöffner"], fromPlan: true, new TimeOnly(8, 30), TimeSpan.FromMinutes(5));
            Assert.Equal("Supple: die Übungen für heute", german.Summary);
            Assert.StartsWith("Die Übungen für heute aus deinem Plan:\n1. Katze-Kuh\n2. Brustöffner\n\nStarte sie in Supple. ", german.Description, StringComparison.Ordinal);
            Assert.DoesNotContain("Today", german.Description, StringComparison.Ordinal);

            CultureInfo.CurrentUICulture = SuppleCultures.Get("en");
            var english = DailyPracticeEvent.For(["Cat-camel"], fromPlan: false, new TimeOnly(8, 30), TimeSpan.FromMinutes(5));
            Assert.Equal("Supple: today's stretches", english.Summary);
            Assert.StartsWith("Today's stretches:\n1. Cat-camel\n\nStart them in Supple. ", english.Description, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
