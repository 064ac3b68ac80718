using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Web.Localization;

/// <summary>Each language by its own name (Deutsch, Español, Français), as a language menu shows it.</summary>
public static class LanguageNames
{
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

        var culture = CultureInfo.GetCultureInfo(language);
        var name = culture.NativeName;
        return name.Length == 0 ? language : culture.TextInfo.ToUpper(name[0]) + name[1..];
    }
}
