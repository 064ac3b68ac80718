using System.Text.RegularExpressions;

namespace Supple.Core.Content;

/// <summary>
/// Numbers written as words, in the languages Supple ships, so that a translation that spells out a dosage
/// ("zwanzig Sekunden") instead of keeping the English placeholder is caught. "One" is left out: in most of these
/// languages it is also the article (ein, un, una).
/// </summary>
internal static partial class NumberWords
{
    /// <summary>The number words in <paramref name="text"/> for <paramref name="language"/> (empty when Supple has no list for it).</summary>
    public static List<string> Find(string text, string language)
    {
        var pattern = Primary(language) switch
        {
            "en" => English(),
            "de" => German(),
            "es" => Spanish(),
            "fr" => French(),
            _ => null,
        };
        return pattern is null ? [] : [.. pattern.Matches(text).Select(m => m.Value)];
    }

    /// <summary>True when Supple can recognise number words of <paramref name="language"/>.</summary>
    public static bool Knows(string language) => Primary(language) is "en" or "de" or "es" or "fr";

    private static string Primary(string language) =>
        language.Split('-', 2)[0].ToLowerInvariant();

    [GeneratedRegex(@"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|twice|thrice|dozen)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(@"\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn)(mal|fach|malig)?\b|\b\w*(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert)\w*\b|\bzweimal\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex German();

    [GeneratedRegex(@"\b(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spanish();

    [GeneratedRegex(@"\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)s?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex French();
}
