using System.Globalization;
using System.Resources;
using Supple.Core.Localization;

namespace Supple.Core.Tests.Localization;

/// <summary>Interface strings from .resx: English fallback string by string, pseudo-locale, named and positional arguments.</summary>
public sealed class SuppleStringLocalizerTests
{
    private static readonly ResourceManager Resources = new("Supple.Core.Tests.Localization.TestText", typeof(TestText).Assembly);

    private static SuppleStringLocalizer In(string culture) => new(Resources, SuppleCultures.Get(culture));

    [Fact]
    public void Strings_come_in_the_culture_with_named_arguments_and_plurals()
    {
        Assert.Equal("Hallo, Ana.", In("de-AT").Format("Greeting", ("name", "Ana")));
        Assert.Equal("1 Dehnübung", In("de").Format("Stretches", ("count", 1)));
        Assert.Equal("7 Dehnübungen", In("de").Format("Stretches", ("count", 7)));
        Assert.Equal("7 stretches", In("en").Format("Stretches", ("count", 7)));
    }

    [Fact]
    public void A_string_the_translation_lacks_is_English_never_the_key()
    {
        var german = In("de")["OnlyEnglish"];
        Assert.Equal(("Only in English", false), (german.Value, german.ResourceNotFound));

        var french = In("fr")["Greeting"]; // no French resources at all
        Assert.Equal("Hello, {name}.", french.Value);
    }

    [Fact]
    public void A_key_nobody_has_is_reported_as_not_found()
    {
        Assert.True(In("de")["Nope"].ResourceNotFound);
    }

    [Fact]
    public void The_indexer_takes_positional_arguments_in_the_same_syntax()
    {
        Assert.Equal("3 von 7", In("de")["Positional", 3, 7].Value);
    }

    [Fact]
    public void The_pseudo_locale_is_generated_from_the_English()
    {
        var pseudo = In(PseudoLocale.Name).Format("Stretches", ("count", 7));

        Assert.StartsWith("[7 šţŕéţçĥéš", pseudo, StringComparison.Ordinal);
        Assert.True(PseudoLocale.IsTransformed(pseudo));
    }

    [Fact]
    public void Without_a_fixed_culture_the_current_ui_culture_decides()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SuppleCultures.Get("de");
            Assert.Equal("Hallo, Bo.", new SuppleStringLocalizer(Resources).Format("Greeting", ("name", "Bo")));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void All_strings_include_the_english_ones_the_translation_lacks()
    {
        var names = In("de").GetAllStrings(includeParentCultures: true).Select(s => s.Name);

        Assert.Equal(["Greeting", "OnlyEnglish", "Positional", "Stretches"], names);
    }
}
