using System.Net;
using System.Net.Http.Json;
using Npgsql;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// /healthz, /readyz and a database outage on PostgreSQL: while the database is away the server answers 503 with
/// Retry-After (never 500) and stays up; once it is back the same server serves again, with the data intact.
/// </summary>
#pragma warning disable CA1001 // The proxy is disposed in DisposeAsync (xunit's IAsyncLifetime).
public sealed class HealthAndOutageTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly PostgreSqlTestDatabase _db = new();
    private TcpProxy _proxy = null!;
    private MultiUserApp _app = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        var direct = new NpgsqlConnectionStringBuilder(_db.ConnectionString);
        _proxy = new TcpProxy(new IPEndPoint(IPAddress.Parse(direct.Host == "localhost" ? "127.0.0.1" : direct.Host!), direct.Port));
        _proxy.Start();
        var viaProxy = new NpgsqlConnectionStringBuilder(_db.ConnectionString) { Host = "127.0.0.1", Port = _proxy.Port, Timeout = 3 }.ConnectionString;
        _app = await MultiUserApp.StartAsync(viaProxy);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _proxy.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task The_server_answers_503_while_the_database_is_away_and_serves_again_when_it_is_back()
    {
        using var client = await _app.RegisterAndSignInAsync("outage@example.org", "a long enough passphrase");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        (await client.PostAsJsonAsync("/api/v1/pain", new { score = 3, note = "before the outage" })).EnsureSuccessStatusCode();

        await _proxy.StopAsync();
        using var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        var ready = await anonymous.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.NotNull(ready.Headers.RetryAfter);
        foreach (var call in new Func<Task<HttpResponseMessage>>[]
        {
            () => client.GetAsync("/api/v1/history"),
            () => client.PostAsJsonAsync("/api/v1/pain", new { score = 4 }),
            () => anonymous.PostAsJsonAsync("/api/v1/account/login", new { email = "outage@example.org", password = "a long enough passphrase" }),
        })
        {
            var response = await call();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var page = new HttpRequestMessage(HttpMethod.Get, "/history");
        page.Headers.Accept.ParseAdd("text/html");
        page.Headers.Authorization = client.DefaultRequestHeaders.Authorization;
        var html = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, html.StatusCode);
        Assert.Contains("unavailable", await html.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        _proxy.Start();
        HttpResponseMessage? back = null;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            back = await client.GetAsync("/api/v1/pain?days=30");
            if (back.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, back.StatusCode);
            await Task.Delay(250);
        }

        Assert.Equal(HttpStatusCode.OK, back!.StatusCode);
        Assert.Contains("before the outage", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_a_strict_content_security_policy()
    {
        using var client = _app.CreateClient();
        foreach (var path in new[] { "/account/login", "/css/site.css", "/api/v1/account/manage/info", "/healthz", "/no-such-page" })
        {
            var response = await client.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }

        // Plain HTTP without TLS configured: no HSTS, no redirect.
        Assert.False((await client.GetAsync("/account/login")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_auth_cookie_is_http_only_and_same_site_strict_and_forms_need_the_antiforgery_token()
    {
        using var client = _app.CreateClient();
        var page = await client.GetStringAsync("/account/register");
        Assert.Contains("__RequestVerificationToken", page, StringComparison.Ordinal);
        var withoutToken = await client.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "form@example.org",
            ["Password"] = "a long enough passphrase",
            ["Confirm"] = "a long enough passphrase",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM users WHERE email = 'form@example.org'"));

        // With the form's token (and the antiforgery cookie that goes with it), the account is made and signed in.
        var form = await client.GetAsync("/account/register");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var register = new HttpRequestMessage(HttpMethod.Post, "/account/register")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "cookie@example.org",
                ["Password"] = "a long enough passphrase",
                ["Confirm"] = "a long enough passphrase",
                ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
            }),
        };
        register.Headers.Add("Cookie", antiforgery);
        var registered = await client.SendAsync(register);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var cookie = registered.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("supple.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
