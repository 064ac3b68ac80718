using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Core.Tests.Localization;

/// <summary>Supple's message syntax: named arguments, CLDR plurals, select, numbers and dates for the culture.</summary>
public sealed class MessageFormatTests
{
    private const string Stretches = "{count, plural, =0 {no stretches} one {# stretch} other {# stretches}}";

    private static CultureInfo C(string name) => CultureInfo.GetCultureInfo(name);

    [Theory]
    [InlineData("en", 0, "no stretches")]
    [InlineData("en", 1, "1 stretch")]
    [InlineData("en", 7, "7 stretches")]
    [InlineData("en", 1000, "1,000 stretches")]
    [InlineData("de", 1000, "1.000 stretches")]
    public void Plurals_choose_by_exact_value_then_CLDR_category(string culture, int count, string expected)
    {
        Assert.Equal(expected, MessageFormat.Format(Stretches, C(culture), ("count", count)));
    }

    [Theory]
    [InlineData(0, "0 étirement fait")] // French: 0 and 1 are "one"
    [InlineData(1, "1 étirement fait")]
    [InlineData(2, "2 étirements faits")]
    [InlineData(1000000, "1 000 000 d’étirements faits")]
    public void French_uses_one_for_zero_and_many_for_millions(int count, string expected)
    {
        var message = MessageFormat.Format("{n, plural, one {# étirement fait} many {# d’étirements faits} other {# étirements faits}}", C("fr"), ("n", count));

        Assert.Equal(expected, message.Replace('\u202F', ' '));
    }

    [Fact]
    public void A_category_the_message_lacks_takes_other()
    {
        Assert.Equal("1000000 x", MessageFormat.Format("{n, plural, one {# y} other {# x}}", C("es"), ("n", 1000000)).Replace(".", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Decimals_take_their_category_from_the_digits_shown()
    {
        const string pattern = "{n, plural, one {# second} other {# seconds}}";

        Assert.Equal("1 second", MessageFormat.Format(pattern, C("en"), ("n", 1m)));
        Assert.Equal("1.5 seconds", MessageFormat.Format(pattern, C("en"), ("n", 1.5m)));
        Assert.Equal("1,5 second", MessageFormat.Format(pattern, C("fr"), ("n", 1.5m)));
    }

    [Fact]
    public void Select_numbers_dates_and_times_are_formatted_for_the_culture()
    {
        var day = new DateOnly(2026, 11, 26);
        var at = new DateTime(2026, 11, 26, 18, 5, 0);
        const string pattern = "{side, select, left {links} right {rechts} other {-}} · {d, date, short} · {d, date, long} · {t, time, short} · {p, number, percent} · {x, number, 0.0}";

        Assert.Equal("links · 26.11.2026 · Donnerstag, 26. November 2026 · 18:05 · 50 % · 3,5",
            MessageFormat.Format(pattern, C("de"), ("side", "left"), ("d", day), ("t", at), ("p", 0.5), ("x", 3.46)));
        Assert.Equal("- · 26/11/2026 · jueves, 26 de noviembre de 2026 · 18:05 · 50 % · 3,5",
            MessageFormat.Format(pattern, C("es"), ("side", "up"), ("d", day), ("t", at), ("p", 0.5), ("x", 3.46)).Replace('\u00A0', ' '));
        Assert.Equal("rechts · 11/26/2026 · Thursday, November 26, 2026 · 6:05 PM · 50% · 3.5",
            MessageFormat.Format(pattern, C("en"), ("side", "right"), ("d", day), ("t", at), ("p", 0.5), ("x", 3.46)).Replace('\u202F', ' '));
    }

    [Fact]
    public void Apostrophes_are_ordinary_and_braces_are_doubled()
    {
        Assert.Equal("l'étirement {x} Chat", MessageFormat.Format("l'étirement {{x}} {name}", C("fr"), ("name", "Chat")));
    }

    [Theory]
    [InlineData("{count, plural, one {# a}}", "needs an 'other' branch")]
    [InlineData("{count, plural, single {# a} other {b}}", "'single' is not a plural category")]
    [InlineData("{count, plural, one {# a} other {b}", "expected a plural key")]
    [InlineData("Hello {name", "expected ','")]
    [InlineData("a } b", "closes nothing")]
    [InlineData("{n, money}", "unknown argument type 'money'")]
    public void A_malformed_message_says_where(string pattern, string problem)
    {
        var ex = Assert.Throws<FormatException>(() => MessageFormat.Validate(pattern));

        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_is_an_error_not_an_empty_gap()
    {
        var ex = Assert.Throws<FormatException>(() => MessageFormat.Format("Hello {name}", C("en")));

        Assert.Contains("needs the argument 'name'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Argument_names_and_plural_keys_are_listed_for_checking_translations()
    {
        Assert.Equal(["count", "name"], MessageFormat.ArgumentNames("{count, plural, one {# {name}} other {# {name}s}} {name}"));
        Assert.Equal(["=0", "one", "other"], MessageFormat.PluralKeys(Stretches));
    }

    [Fact]
    public void The_pseudo_locale_accents_the_text_and_keeps_the_syntax()
    {
        var pseudo = MessageFormat.Pseudo(Stretches);

        Assert.StartsWith("[{count, plural, =0 {ñö šţŕéţçĥéš} one {# šţŕéţçĥ} other {# šţŕéţçĥéš}} ", pseudo, StringComparison.Ordinal);
        Assert.Equal(["count"], MessageFormat.ArgumentNames(pseudo));
        Assert.StartsWith("[7 šţŕéţçĥéš ", MessageFormat.Format(pseudo, C("en"), ("count", 7)), StringComparison.Ordinal);
        Assert.True(PseudoLocale.IsTransformed(MessageFormat.Format(pseudo, C("en"), ("count", 7))));
    }
}
