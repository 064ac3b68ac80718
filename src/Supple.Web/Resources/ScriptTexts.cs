using System.Globalization;
using System.Resources;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Web.Resources;

/// <summary>
/// Hands the scripts their strings: every <see cref="PlayerText"/> message under a prefix, in the request's language
/// (English string by string where a translation lacks one; generated for the pseudo-locale), keyed by the rest of the
/// key. The messages stay patterns (<c>{count, plural, one {…} other {…}}</c>): the scripts fill them in with
/// js/message.js, which picks plural forms with the browser's <c>Intl.PluralRules</c> for the page's language.
/// </summary>
public static class ScriptTexts
{
    /// <summary>The prefix of the keys the player page hands to player.js (<c>#player-text</c>).</summary>
    public const string PlayerPrefix = "Player.";

    /// <summary>The prefix of the keys every page hands to its scripts (the layout's <c>#supple-session-text</c>).</summary>
    public const string SharedPrefix = "Shared.";

    private static readonly ResourceManager Resources = new(typeof(PlayerText));

    /// <summary>The messages whose keys start with <paramref name="prefix"/>, in <paramref name="localizer"/>'s language.</summary>
    public static IReadOnlyDictionary<string, string> Of(IStringLocalizer localizer, string prefix)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return localizer.GetAllStrings(includeParentCultures: true)
            .Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(s => s.Name[prefix.Length..], s => s.Value, StringComparer.Ordinal);
    }

    /// <summary>The messages under <paramref name="prefix"/> in <see cref="CultureInfo.CurrentUICulture"/> (the request's).</summary>
    public static IReadOnlyDictionary<string, string> Current(string prefix) =>
        Of(new SuppleStringLocalizer(Resources, CultureInfo.CurrentUICulture), prefix);

    /// <summary>
    /// <see cref="Of"/> as JSON for a <c>&lt;script type="application/json"&gt;</c> island: <c>&lt;</c>, <c>&gt;</c> and
    /// <c>&amp;</c> are escaped, so no text can end the script element.
    /// </summary>
    public static string Json(IStringLocalizer localizer, string prefix) => JsonSerializer.Serialize(Of(localizer, prefix));
}
