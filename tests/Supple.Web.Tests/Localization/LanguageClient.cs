using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Supple.Web.Tests.Localization;

/// <summary>A browser-like client: keeps cookies, asks for HTML, and picks a language on /language.</summary>
internal sealed partial class LanguageClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    public HttpClient Http => _client;

    /// <summary>GETs a page as a browser would, with <paramref name="acceptLanguage"/>.</summary>
    public async Task<(string Html, HttpResponseMessage Response)> PageAsync(string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await _client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return (WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response);
    }

    /// <summary>Chooses <paramref name="language"/> (or <c>auto</c>) with the form on /language.</summary>
    public async Task<HttpResponseMessage> ChooseAsync(string language, string returnUrl = "/about")
    {
        var (form, _) = await PageAsync("/language");
        var token = Token().Match(form).Groups[1].Value;
        Assert.NotEmpty(token);
        return await _client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["lang"] = language,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static string HtmlLang(string html) => HtmlLangAttribute().Match(html).Groups[1].Value;

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<html lang=\"([^\"]*)\"")]
    private static partial Regex HtmlLangAttribute();
}
