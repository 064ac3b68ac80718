using System.Globalization;
using System.Text.Json;
using Supple.Core.Localization;

namespace Supple.Core.Tests.Localization;

/// <summary>
/// The formats kept for ICU-less processes are ICU's: this process has ICU, so each kept language is compared with
/// it. A language added to Supple without its entry fails here with the entry to add.
/// </summary>
public sealed class KeptCultureFormatsTests
{
    [Fact]
    public void Every_shipped_language_has_kept_formats_equal_to_ICU()
    {
        Assert.False(SuppleCultures.UsesKeptFormats); // this test needs ICU to compare against
        foreach (var language in SuppleCultures.Languages)
        {
            var icu = KeptCultureFormats.Of(CultureInfo.GetCultureInfo(language));
            Assert.True(KeptCultureFormats.ByLanguage.TryGetValue(language, out var kept),
                $"No kept formats for '{language}'. Add to KeptCultureFormats.ByLanguage: {JsonSerializer.Serialize(icu)}");
            Assert.Equal(JsonSerializer.Serialize(icu), JsonSerializer.Serialize(kept));
        }
    }

    [Fact]
    public void Applied_to_an_invariant_culture_they_format_as_ICU_does()
    {
        var day = new DateTime(2026, 3, 4, 17, 5, 9);
        foreach (var language in SuppleCultures.Languages)
        {
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            KeptCultureFormats.ByLanguage[language].ApplyTo(culture);
            var icu = CultureInfo.GetCultureInfo(language);

            foreach (var format in new[] { "d", "D", "t", "T", "f", "M", "Y", "ddd d MMM" })
            {
                Assert.Equal(day.ToString(format, icu), day.ToString(format, culture));
            }

            Assert.Equal(1234567.891.ToString("N2", icu), 1234567.891.ToString("N2", culture));
            Assert.Equal(0.25.ToString("P0", icu), 0.25.ToString("P0", culture));
        }
    }

    [Fact]
    public void The_pseudo_locale_formats_like_English_with_accented_names()
    {
        var pseudo = SuppleCultures.Get(PseudoLocale.Name);

        Assert.True(PseudoLocale.Is(pseudo), pseudo.Name); // ICU spells it qps-Ploc
        Assert.Equal("Ţĥüŕšđáý, Ñöṽéṁƀéŕ 26, 2026", new DateTime(2026, 11, 26).ToString("D", pseudo));
        Assert.Equal("1,234.5", 1234.5.ToString("#,0.#", pseudo));
        Assert.True(pseudo.IsReadOnly);
    }
}
