using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Web.Localization;

/// <summary>Each language by its own name (Deutsch, Español, Français), as a language menu shows it.</summary>
public static class LanguageNames
{
    // The languages Supple ships, by their own names, so that the menu reads the same with or without ICU.
    private static readonly Dictionary<string, string> Shipped = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English",
        ["de"] = "Deutsch",
        ["es"] = "Español",
        ["fr"] = "Français",
    };

    /// <summary>The name of <paramref name="culture"/>'s language in that language, capitalised.</summary>
    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Of(culture.Name.Length == 0 ? SuppleCultures.English : culture.Name.Split('-', 2)[0]);
    }

    /// <summary>The name of <paramref name="language"/> (<c>de</c>) in that language, capitalised.</summary>
    public static string Of(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (PseudoLocale.IsName(language))
        {
            return PseudoLocale.Transform("Pseudo-locale");
        }

        if (Shipped.TryGetValue(language, out var shipped))
        {
            return shipped;
        }

        var culture = CultureInfo.GetCultureInfo(language);
        var name = culture.NativeName;

        // Without ICU (`supple serve` runs in the terminal's process, which is built with InvariantGlobalization)
        // every culture's name is "Invariant Language (Invariant Country)": the tag is better than that.
        return name.Length == 0 || name.StartsWith("Invariant Language", StringComparison.Ordinal)
            ? language
            : culture.TextInfo.ToUpper(name[0]) + name[1..];
    }
}
