using System.Net;
using System.Text.RegularExpressions;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// A person's browser without the browser: an <see cref="HttpClient"/> with a cookie jar that signs in through the
/// real forms (antiforgery token included) on a Kestrel-hosted app, so a test can replay, drop or inspect the
/// <c>supple.auth</c> cookie the way an attacker with a copy of it could. The test disposes <see cref="Client"/>.
/// </summary>
public sealed partial class BrowserlessSession
{
    public const string AuthCookie = "supple.auth";

    private readonly Uri _base;

    /// <param name="baseAddress">The server.</param>
    /// <param name="configure">More settings of the handler, e.g. which server certificates to trust.</param>
    public BrowserlessSession(Uri baseAddress, Action<HttpClientHandler>? configure = null)
    {
        _base = baseAddress;
        Cookies = new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true };
        configure?.Invoke(handler);
        Client = new HttpClient(handler) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client { get; }

    /// <summary>The current value of the auth cookie, or null.</summary>
    public string? AuthCookieValue => Cookies.GetCookies(_base)[AuthCookie]?.Value;

    /// <summary>Creates an account through the registration form; the new account is signed in.</summary>
    public async Task RegisterAsync(string email, string password)
    {
        var response = await PostFormAsync("/account/register", ("Email", email), ("Password", password), ("Confirm", password));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"register {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.NotNull(AuthCookieValue);
    }

    /// <summary>Signs in through the form and returns the answer (a redirect when it worked).</summary>
    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/account/login", ("Email", email), ("Password", password));

    /// <summary>Loads the page of <paramref name="path"/> (without its query) for its form token, then posts the fields to <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        var token = await AntiforgeryTokenAsync(path.Split('?')[0]);
        var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);
        return await Client.PostAsync(path, content);
    }

    public async Task<string> AntiforgeryTokenAsync(string page)
    {
        var html = await Client.GetStringAsync(page);
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Replaces the auth cookie (e.g. with a copy taken before signing out).</summary>
    public void SetAuthCookie(string value) => Cookies.Add(_base, new Cookie(AuthCookie, value, "/"));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
