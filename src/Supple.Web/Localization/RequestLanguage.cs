using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Supple.Core.Localization;

namespace Supple.Web.Localization;

/// <summary>
/// The request's language for code that runs outside <see cref="LanguageApplicationExtensions.UseSuppleLanguages"/>:
/// the exception handlers and the checks in front of it write their problems after (or before) the request's culture
/// is in force. Call it at the start of an <c>async</c> method: the culture it sets ends with that method.
/// </summary>
internal static class RequestLanguage
{
    public static void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture
            ?? LanguageChoice.ForBrowser([], context.Request.Headers.AcceptLanguage.ToString());
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
