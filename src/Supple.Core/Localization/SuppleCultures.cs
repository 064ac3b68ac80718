using System.Collections.Concurrent;
using System.Globalization;
using Supple.Core.Content;

namespace Supple.Core.Localization;

/// <summary>
/// The cultures Supple speaks and how each is built. In a process with ICU (the web app, the tests) a culture is the
/// platform's; in one without (<c>supple</c>, which runs with <c>InvariantGlobalization</c> to start faster) it gets
/// the formats kept in <see cref="KeptCultureFormats"/>, so numbers and dates read the same in the terminal and in the
/// browser. The pseudo-locale (<see cref="PseudoLocale"/>) formats like English with its month and day names accented.
/// </summary>
public static class SuppleCultures
{
    /// <summary>The language every text has: the fallback, string by string.</summary>
    public const string English = "en";

    private static readonly ConcurrentDictionary<string, CultureInfo> Cache = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<IReadOnlyList<string>> Shipped = new(FindLanguages);

    /// <summary>True when this process has no ICU (culture data is invariant), so the kept formats are used.</summary>
    public static bool UsesKeptFormats { get; } = IsInvariantMode();

    /// <summary>
    /// The languages Supple ships, English first: English and every language the built-in programme has a translation
    /// for (<c>programme.LANG.yaml</c>). The pseudo-locale is not among them; it is there for whoever asks by name.
    /// </summary>
    public static IReadOnlyList<string> Languages => Shipped.Value;

    /// <summary>
    /// The culture for <paramref name="name"/> (<c>de-AT</c>, <c>fr</c>, <c>qps-ploc</c>), built once. The caller has
    /// checked that Supple speaks its language (<see cref="LanguageChoice"/>).
    /// </summary>
    /// <exception cref="CultureNotFoundException">The name is not a culture name.</exception>
    public static CultureInfo Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Cache.GetOrAdd(name, Build);
    }

    /// <summary>
    /// The language of <paramref name="culture"/>: the first part of its name, lower case (<c>de</c> for <c>de-AT</c>;
    /// empty for the invariant culture). Use it in place of <see cref="CultureInfo.TwoLetterISOLanguageName"/>, which is
    /// <c>iv</c> for every culture in a process without ICU (<c>supple</c>, and so <c>supple serve</c>).
    /// </summary>
    public static string LanguageOf(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.Split('-', 2)[0].ToLowerInvariant();
    }

    /// <summary>True when Supple speaks <paramref name="language"/> (a language tag; its region is ignored), or it is the pseudo-locale.</summary>
    public static bool Speaks(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (PseudoLocale.IsName(language))
        {
            return true;
        }

        var primary = language.Split('-', 2)[0];
        return Languages.Contains(primary, StringComparer.OrdinalIgnoreCase);
    }

    private static CultureInfo Build(string name)
    {
        var pseudo = PseudoLocale.IsName(name);
        if (!UsesKeptFormats && !pseudo)
        {
            return CultureInfo.GetCultureInfo(name);
        }

        var culture = new CultureInfo(pseudo ? PseudoLocale.Name : name, useUserOverride: false);
        if (UsesKeptFormats)
        {
            var language = pseudo ? English : name.Split('-', 2)[0];
            (KeptCultureFormats.ByLanguage.GetValueOrDefault(language) ?? KeptCultureFormats.ByLanguage[English]).ApplyTo(culture);
        }
        else
        {
            // The pseudo-locale where ICU is at hand: English formats.
            var english = CultureInfo.GetCultureInfo(English);
            culture.NumberFormat = (NumberFormatInfo)english.NumberFormat.Clone();
            culture.DateTimeFormat = (DateTimeFormatInfo)english.DateTimeFormat.Clone();
        }

        if (pseudo)
        {
            // Month and day names go through the pseudo-locale too, so a date formatted by hand in English shows.
            var d = culture.DateTimeFormat;
            d.DayNames = [.. d.DayNames.Select(PseudoLocale.Accent)];
            d.AbbreviatedDayNames = [.. d.AbbreviatedDayNames.Select(PseudoLocale.Accent)];
            d.MonthNames = [.. d.MonthNames.Select(PseudoLocale.Accent)];
            d.AbbreviatedMonthNames = [.. d.AbbreviatedMonthNames.Select(PseudoLocale.Accent)];
            d.MonthGenitiveNames = [.. d.MonthGenitiveNames.Select(PseudoLocale.Accent)];
            d.AbbreviatedMonthGenitiveNames = [.. d.AbbreviatedMonthGenitiveNames.Select(PseudoLocale.Accent)];
        }

        return CultureInfo.ReadOnly(culture);
    }

    private static bool IsInvariantMode()
    {
        if (AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant))
        {
            return invariant;
        }

        var variable = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        return variable is "1" || string.Equals(variable, "true", StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<string> FindLanguages()
    {
        const string prefix = "Supple.Core.Content.programme.";
        var languages = typeof(BuiltInProgramme).Assembly.GetManifestResourceNames()
            .Where(n => n.Length > prefix.Length + ".yaml".Length && n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^".yaml".Length])
            .Order(StringComparer.Ordinal);
        return [English, .. languages];
    }
}
