using System.Globalization;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Sessions;
using Supple.Core.Tests.Localization;

namespace Supple.Core.Tests.Sessions;

/// <summary>
/// What choosing stretches by id says comes from Core's <c>RoutineText</c> in the current UI culture: every key in
/// English, every shipped language complete, English unchanged, the count a CLDR plural.
/// </summary>
public sealed class RoutineTextTests
{
    public static TheoryData<string> Languages => ResourceChecks.OtherLanguages;

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources_and_none_is_unused()
    {
        ResourceChecks.EveryKeyIsInEnglishAndNoneIsUnused(ResourceChecks.KeysOf(typeof(RoutineText)), RoutineText.Resources);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        ResourceChecks.LanguageIsComplete(RoutineText.Resources, language);
    }

    [Fact]
    public void Unknown_ids_are_said_in_the_current_UI_culture_and_English_is_unchanged()
    {
        var programme = BuiltInProgramme.Instance;
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = SuppleCultures.Get("de");
            var german = Assert.Throws<ArgumentException>(() => Routine.Only(programme, ["nope", "cat-camel"], DosageLevel.Standard));
            Assert.StartsWith("Unbekannte Übungs-Id: nope. Bekannte Ids: shoulder-blade-squeeze,", german.Message, StringComparison.Ordinal);

            CultureInfo.CurrentUICulture = SuppleCultures.Get("en");
            var one = Assert.Throws<ArgumentException>(() => Routine.Only(programme, ["nope"], DosageLevel.Standard));
            Assert.StartsWith("Unknown stretch id: nope. Known ids: shoulder-blade-squeeze,", one.Message, StringComparison.Ordinal);
            var two = Assert.Throws<ArgumentException>(() => Routine.Only(programme, ["nope", "nah"], DosageLevel.Standard));
            Assert.StartsWith("Unknown stretch ids: nah, nope. Known ids:", two.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
