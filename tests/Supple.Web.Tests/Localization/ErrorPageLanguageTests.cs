using System.Net;
using Supple.Core.Localization;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// The short HTML page a browser gets for an address with no page (<c>StatusCodePageWriter</c>) is in the request's
/// language, its <c>&lt;html lang&gt;</c> saying which (the culture the pages take, as <c>_Layout</c> writes it); English is the page it was, byte for byte; nothing is plain
/// English under the pseudo-locale but the name Supple.
/// </summary>
public sealed class ErrorPageLanguageTests : IAsyncLifetime
{
    private SuppleApp _app = null!;

    public async Task InitializeAsync() => _app = await SuppleApp.StartOnLoopbackAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task In_English_the_page_not_found_is_as_before()
    {
        var html = await NotFoundAsync("en");

        Assert.Equal(
            """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Page not found · Supple</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="page" id="main"><h1>Page not found</h1><p><a href="/">Back to today</a></p></main></body></html>
            """, html);
    }

    [Theory]
    [InlineData("de", "de", "Seite nicht gefunden", "Zurück zu Heute")]
    [InlineData("es-MX,es;q=0.8", "es-MX", "Página no encontrada", "Volver a hoy")]
    [InlineData("fr-CA", "fr-CA", "Page introuvable", "Retour à aujourd’hui")]
    public async Task The_page_not_found_is_in_the_requests_language_and_says_which(string acceptLanguage, string lang, string title, string link)
    {
        var html = WebUtility.HtmlDecode(await NotFoundAsync(acceptLanguage));

        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<title>{title} · Supple</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1><p><a href=\"/\">{link}</a></p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_the_pseudo_locale_the_page_has_no_plain_English()
    {
        var html = WebUtility.HtmlDecode(await NotFoundAsync(PseudoLocale.Name));
        var start = html.IndexOf("<title>", StringComparison.Ordinal);
        var texts = System.Text.RegularExpressions.Regex.Matches(html[start..], ">([^<]+)<").Select(m => m.Groups[1].Value.Replace("Supple", "", StringComparison.Ordinal)).Where(t => t.Trim().Length > 0).ToList();

        Assert.Contains("<html lang=\"qps-Ploc\">", html, StringComparison.Ordinal);
        Assert.Equal(3, texts.Count);
        Assert.All(texts, text => Assert.True(PseudoLocale.IsTransformed(text), text));
    }

    private async Task<string> NotFoundAsync(string acceptLanguage)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
