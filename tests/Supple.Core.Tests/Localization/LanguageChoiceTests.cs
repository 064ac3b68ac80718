using Supple.Core.Localization;

namespace Supple.Core.Tests.Localization;

/// <summary>Which language a person gets: --lang, then LC_ALL, LC_MESSAGES, LANG; stored choice, then Accept-Language.</summary>
public sealed class LanguageChoiceTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Lang_option_beats_every_variable()
    {
        var language = LanguageChoice.ForTerminal("fr", Env(("LC_ALL", "de_DE.UTF-8"), ("LC_MESSAGES", "es_ES"), ("LANG", "es_ES.UTF-8")));

        Assert.Equal(("fr", "--lang"), (language.Culture.Name, language.Source));
    }

    [Theory]
    [InlineData("de_DE.UTF-8", "es_ES", "fr_FR.UTF-8", "de-DE", "LC_ALL")]
    [InlineData(null, "es_ES", "fr_FR.UTF-8", "es-ES", "LC_MESSAGES")]
    [InlineData("", "", "fr_FR.UTF-8", "fr-FR", "LANG")]
    [InlineData(null, null, "es_ES.UTF-8", "es-ES", "LANG")]
    [InlineData(null, null, "de_AT@euro", "de-AT", "LANG")]
    [InlineData("C", "es_ES", "fr_FR", "en", "LC_ALL")]
    [InlineData(null, "POSIX", "fr_FR", "en", "LC_MESSAGES")]
    [InlineData(null, null, "C.UTF-8", "en", "LANG")]
    [InlineData(null, null, null, "en", null)]
    public void The_environment_follows_posix_precedence(string? lcAll, string? lcMessages, string? lang, string culture, string? source)
    {
        var variables = new List<(string, string)>();
        if (lcAll is not null)
        {
            variables.Add(("LC_ALL", lcAll));
        }

        if (lcMessages is not null)
        {
            variables.Add(("LC_MESSAGES", lcMessages));
        }

        if (lang is not null)
        {
            variables.Add(("LANG", lang));
        }

        var language = LanguageChoice.ForTerminal(null, Env([.. variables]));

        Assert.Equal((culture, source), (language.Culture.Name, language.Source));
    }

    [Fact]
    public void An_unsupported_language_gives_English_and_says_so_without_falling_through()
    {
        var language = LanguageChoice.ForTerminal(null, Env(("LC_ALL", "ja_JP.UTF-8"), ("LANG", "de_DE.UTF-8")));

        Assert.Equal(("en", "LC_ALL", "ja-JP", false), (language.Culture.Name, language.Source, language.Unsupported, language.IsMalformed));
    }

    [Fact]
    public void A_malformed_lang_option_is_flagged()
    {
        Assert.True(LanguageChoice.ForTerminal("12!", Env()).IsMalformed);
        Assert.True(PseudoLocale.Is(LanguageChoice.ForTerminal("qps-ploc", Env()).Culture));
    }

    [Theory]
    [InlineData("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "fr-CH")]
    [InlineData("ja, de;q=0.5, es;q=0.9", "es")]
    [InlineData("ja, ko;q=0.9, zh;q=0.8, de;q=0.1", "de")]
    [InlineData("de;q=0, fr;q=0.2", "fr")]
    [InlineData("en-GB;q=0.8, es-MX", "es-MX")]
    [InlineData("*", "en")]
    [InlineData("ja", "en")]
    [InlineData("", "en")]
    [InlineData("garbage;;q=x, de", "de")]
    public void Accept_language_is_read_by_q_value(string header, string culture)
    {
        Assert.Equal(culture, LanguageChoice.ForBrowser([], header).Name);
    }

    [Fact]
    public void A_stored_choice_wins_over_accept_language()
    {
        Assert.Equal("de", LanguageChoice.ForBrowser([null, "de"], "fr, es;q=0.9").Name);
        Assert.Equal("es", LanguageChoice.ForBrowser(["es", "de"], "fr").Name);
        Assert.Equal("fr", LanguageChoice.ForBrowser(["ja", "not a tag"], "fr").Name); // a stored choice Supple cannot honour is skipped
    }

    [Fact]
    public void Accept_language_entries_are_ordered_and_filtered()
    {
        Assert.Equal(["da", "en-GB", "en"], LanguageChoice.ParseAcceptLanguage("da, en-gb;q=0.8, en;q=0.7, x;q=0, *;q=0.1").Select(t => t.Replace("gb", "GB", StringComparison.Ordinal)));
    }

    [Fact]
    public void Supple_speaks_english_and_its_shipped_translations()
    {
        Assert.Equal(["en", "de", "es", "fr"], SuppleCultures.Languages);
        Assert.True(SuppleCultures.Speaks("de-CH"));
        Assert.False(SuppleCultures.Speaks("ja"));
    }
}
