using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Web.Pages;

/// <summary>
/// A translated message with one argument shown as markup (an address in bold, a code): the message is encoded
/// as text and only the argument's own markup is kept, wherever the translation puts it.
/// </summary>
public static partial class HtmlText
{
    private const string Marker = "@@supple-argument@@";

    public static IHtmlContent Format(IStringLocalizer text, string key, string argument, string html, params (string Name, object? Value)[] others)
    {
        ArgumentNullException.ThrowIfNull(text);
        var message = WebUtility.HtmlEncode(text.Format(key, [(argument, Marker), .. others]));
        return new HtmlString(message.Replace(WebUtility.HtmlEncode(Marker), html, StringComparison.Ordinal));
    }

    /// <summary>
    /// A translated message with light markup: <c>**bold**</c> and <c>`code`</c> (menu names, file names), the rest
    /// encoded as text.
    /// </summary>
    public static IHtmlContent Markup(IStringLocalizer text, string key, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = WebUtility.HtmlEncode(text.Format(key, arguments));
        html = Bold().Replace(html, "<strong>$1</strong>");
        return new HtmlString(Code().Replace(html, "<code>$1</code>"));
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex("`(.+?)`")]
    private static partial Regex Code();
}
