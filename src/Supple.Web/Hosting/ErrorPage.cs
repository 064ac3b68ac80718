using System.Globalization;
using System.Net;
using System.Resources;
using Supple.Core.Localization;
using Supple.Web.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Hosting;

/// <summary>
/// The short HTML page a browser gets for an error with no page of its own ("Page not found", the database outage),
/// in the request's language (<see cref="WebText"/>'s <c>ErrorPage.</c> keys), its <c>&lt;html lang&gt;</c> saying which.
/// </summary>
internal static class ErrorPage
{
    private static readonly SuppleStringLocalizer Text = new(new ResourceManager(typeof(WebText)));

    /// <summary>The page for <paramref name="statusCode"/> with no body: "Page not found" for 404, "Error N" otherwise.</summary>
    public static string ForStatus(HttpContext context, int statusCode)
    {
        RequestLanguage.Apply(context);
        var title = statusCode == StatusCodes.Status404NotFound
            ? Text[WebText.ErrorPageNotFound].Value
            : Text.Format(WebText.ErrorPageError, ("code", statusCode.ToString(CultureInfo.InvariantCulture)));
        return Html(title, title, $"""<p><a href="/">{Encode(Text[WebText.ErrorPageBackToToday])}</a></p>""");
    }

    /// <summary>The page shown while the database cannot be reached.</summary>
    public static string DatabaseUnavailable(HttpContext context)
    {
        RequestLanguage.Apply(context);
        return Html(Text[WebText.ErrorPageUnavailableTitle], Text[WebText.ErrorPageUnavailableHeading], $"<p>{Encode(Text[WebText.ErrorPageUnavailableText])}</p>");
    }

    private static string Html(string title, string heading, string body) =>
        $"""
        <!doctype html><html lang="{Encode(CultureInfo.CurrentUICulture.Name)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)} · Supple</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="page" id="main"><h1>{Encode(heading)}</h1>{body}</main></body></html>
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
