using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Breaks;

/// <summary>
/// What <c>supple-breaks</c> says when it is started without a job (by hand, not by <c>supple breaks</c>). Every other
/// line it writes comes translated in the job (<see cref="BreakWords"/>); this one comes before any job, and the
/// program is Native AOT without satellite assemblies, so its four languages are kept here. The language is chosen
/// as <c>supple</c> chooses it without <c>--lang</c>: LC_ALL, LC_MESSAGES, LANG (<see cref="LanguageChoice.ForTerminal"/>).
/// </summary>
internal static class StartedByHand
{
    private const string English = "this program is started by {command}; run that instead.";

    private static readonly Dictionary<string, string> Translations = new(StringComparer.Ordinal)
    {
        ["de"] = "dieses Programm wird von {command} gestartet; führe stattdessen das aus.",
        ["es"] = "este programa lo inicia {command}; ejecuta eso en su lugar.",
        ["fr"] = "ce programme est lancé par {command} ; lancez plutôt cette commande.",
    };

    /// <summary>The refusal, without the program's name, in the language of <paramref name="environment"/>.</summary>
    /// <param name="environment">Reads an environment variable.</param>
    public static string Refusal(Func<string, string?> environment)
    {
        var culture = LanguageChoice.ForTerminal(null, environment).Culture;
        var pattern = PseudoLocale.Is(culture) ? MessageFormat.Pseudo(English)
            : Translations.GetValueOrDefault(SuppleCultures.LanguageOf(culture), English);
        return MessageFormat.Format(pattern, CultureInfo.InvariantCulture, [("command", "'supple breaks'")]);
    }

    /// <summary>The languages kept here besides English (a test checks they are the ones Supple ships).</summary>
    internal static IEnumerable<string> Languages => Translations.Keys;
}
