using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Core.Tests.Localization;

/// <summary>CLDR cardinal plural rules, checked on CLDR's own sample numbers.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", "1", "One")]
    [InlineData("en", "0 2 16 100 1000000", "Other")]
    [InlineData("de-AT", "1", "One")]
    [InlineData("de", "0 2 21", "Other")]
    [InlineData("fr", "0 1", "One")]
    [InlineData("fr", "2 17 100 1000", "Other")]
    [InlineData("fr-CA", "1000000 2000000", "Many")]
    [InlineData("es", "1", "One")]
    [InlineData("es", "0 2 16 1000", "Other")]
    [InlineData("es-MX", "1000000", "Many")]
    [InlineData("pt", "0 1", "One")]
    [InlineData("pt-PT", "0 2", "Other")]
    [InlineData("pt-PT", "1", "One")]
    [InlineData("ru", "1 21 31 101 1001", "One")]
    [InlineData("ru", "2 3 4 22 24 102", "Few")]
    [InlineData("ru", "0 5 11 12 14 19 100", "Many")]
    [InlineData("pl", "1", "One")]
    [InlineData("pl", "2 4 22 24 102", "Few")]
    [InlineData("pl", "0 5 12 14 21 100", "Many")]
    [InlineData("cs", "1", "One")]
    [InlineData("cs", "2 3 4", "Few")]
    [InlineData("cs", "0 5 19 100", "Other")]
    [InlineData("ar", "0", "Zero")]
    [InlineData("ar", "1", "One")]
    [InlineData("ar", "2", "Two")]
    [InlineData("ar", "3 10 103 110", "Few")]
    [InlineData("ar", "11 26 99 111", "Many")]
    [InlineData("ar", "100 101 102", "Other")]
    [InlineData("ja", "0 1 2 1000000", "Other")]
    [InlineData("xx-unknown", "0 1 2", "Other")]
    public void Whole_numbers_take_their_CLDR_category(string language, string numbers, string category)
    {
        var rules = PluralRules.For(language);

        foreach (var n in numbers.Split(' ').Select(long.Parse))
        {
            Assert.Equal(Enum.Parse<PluralCategory>(category), rules.Select(n));
        }
    }

    [Theory]
    [InlineData("en", "1.0", 1, "Other")] // "1.0 seconds"
    [InlineData("en", "1.5", 1, "Other")]
    [InlineData("fr", "1.5", 1, "One")] // "1,5 seconde"
    [InlineData("es", "1.0", 1, "One")]
    [InlineData("ru", "1.5", 1, "Other")]
    [InlineData("cs", "1.5", 1, "Many")]
    [InlineData("da", "0.5", 1, "One")]
    public void Decimals_take_their_category_from_the_digits_shown(string language, string value, int digits, string category)
    {
        Assert.Equal(Enum.Parse<PluralCategory>(category), PluralRules.For(language).Select(decimal.Parse(value, CultureInfo.InvariantCulture), digits));
    }

    [Fact]
    public void Each_language_knows_which_categories_it_uses()
    {
        Assert.Equal([PluralCategory.One, PluralCategory.Other], PluralRules.For("de").Categories);
        Assert.Equal([PluralCategory.One, PluralCategory.Many, PluralCategory.Other], PluralRules.For(CultureInfo.GetCultureInfo("fr-FR")).Categories);
        Assert.Equal([PluralCategory.Other], PluralRules.For("ja").Categories);
        Assert.Equal("root", PluralRules.For("tlh").Language);
    }

    [Fact]
    public void Every_rule_in_the_table_parses_and_gives_one_of_its_own_categories()
    {
        foreach (var language in PluralRules.KnownLanguages)
        {
            var rules = PluralRules.For(language);
            Assert.Equal(language, rules.Language);
            Assert.Contains(PluralCategory.Other, rules.Categories);
            Assert.All(new long[] { 0, 1, 2, 3, 5, 11, 21, 101, 1234567 }, n => Assert.Contains(rules.Select(n), rules.Categories));
        }
    }
}
