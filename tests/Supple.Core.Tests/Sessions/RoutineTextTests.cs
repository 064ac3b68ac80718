using System.Globalization;
using System.Reflection;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Sessions;

namespace Supple.Core.Tests.Sessions;

/// <summary>
/// What choosing stretches by id says comes from Core's <c>RoutineText</c> in the current UI culture: every key in
/// English, every shipped language complete, English unchanged, the count a CLDR plural.
/// </summary>
public sealed class RoutineTextTests
{
    public static TheoryData<string> Languages => [.. SuppleCultures.Languages.Where(l => l != SuppleCultures.English)];

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources_and_none_is_unused()
    {
        var keys = typeof(RoutineText).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var english = new SuppleStringLocalizer(RoutineText.Resources, SuppleCultures.Get("en"));

        Assert.All(keys, key => Assert.False(english[key].ResourceNotFound, key));
        Assert.Equal(keys.Order(StringComparer.Ordinal), english.GetAllStrings(includeParentCultures: true).Select(s => s.Name));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        var problems = ResourceTranslationCheck.Check(RoutineText.Resources, language, out var missing);

        Assert.Empty(problems);
        Assert.Empty(missing);
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
