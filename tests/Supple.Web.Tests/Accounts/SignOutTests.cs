using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// Signing out ends the session on the server: a copy of the old <c>supple.auth</c> cookie, an old bearer token and
/// its refresh token are refused afterwards, on the pages and the API. "Sign out everywhere" ends every browser and
/// token of the account; an unused session ends after the idle time, and every session after its maximum lifetime.
/// Real server on Kestrel, PostgreSQL.
/// </summary>
public sealed class SignOutTests : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly List<HttpClient> _clients = [];
    private MultiUserApp? _app;

    public Task InitializeAsync() => _db.InitializeAsync();

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    private async Task<MultiUserApp> StartAsync(TimeProvider? time = null, Dictionary<string, string>? settings = null) =>
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, kestrel: true, settings: settings, time: time);

    private BrowserlessSession Browser()
    {
        var session = new BrowserlessSession(_app!.BaseAddress);
        _clients.Add(session.Client);
        return session;
    }

    private BrowserlessSession BrowserWithCookie(string cookie)
    {
        var copy = Browser();
        copy.SetAuthCookie(cookie);
        return copy;
    }

    [Fact]
    public async Task After_signing_out_a_copy_of_the_old_cookie_is_refused_on_pages_and_api()
    {
        await StartAsync();
        var person = Browser();
        await person.RegisterAsync("leaving@example.org", Password);
        var cookie = person.AuthCookieValue!;
        Assert.Equal(HttpStatusCode.OK, (await person.Client.GetAsync("/account/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.Client.GetAsync("/api/v1/reminders")).StatusCode);

        var signedOut = await person.PostFormAsync("/account/settings?handler=Logout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM account_sessions"));

        // Someone who kept the cookie (a shared computer, a stolen backup) replays it.
        var replay = BrowserWithCookie(cookie);
        var page = await replay.Client.GetAsync("/account/settings");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/login", page.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.Client.GetAsync("/api/v1/reminders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.Client.PostAsJsonAsync("/api/v1/pain", new { score = 3 })).StatusCode);
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM pain_entries"));
    }

    [Fact]
    public async Task Signing_out_of_the_api_ends_the_bearer_and_the_refresh_token()
    {
        await StartAsync();
        using var client = await _app!.RegisterAndSignInAsync("script@example.org", Password);
        var (access, refresh) = await MultiUserApp.SignInForTokensAsync(client, "script@example.org", Password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);

        var renewed = await client.PostAsJsonAsync("/api/v1/account/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/account/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/account/refresh", new { refreshToken = refresh })).StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_browser_token_and_refresh_token_of_the_account_only()
    {
        await StartAsync();
        var laptop = Browser();
        await laptop.RegisterAsync("everywhere@example.org", Password);
        var laptopCookie = laptop.AuthCookieValue!;
        var phone = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await phone.SignInAsync("everywhere@example.org", Password)).StatusCode);
        using var script = _app!.CreateClient();
        var (access, refresh) = await MultiUserApp.SignInForTokensAsync(script, "everywhere@example.org", Password);
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        var other = Browser();
        await other.RegisterAsync("someone-else@example.org", Password);

        // The laptop sees every place the account is signed in.
        var settings = await laptop.Client.GetStringAsync("/account/settings");
        Assert.Contains("(this one)", settings, StringComparison.Ordinal);
        Assert.Equal(3, await _db.CountAsync("SELECT count(*) FROM account_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'everywhere@example.org'"));

        var done = await laptop.PostFormAsync("/account/settings?handler=LogoutEverywhere");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/account/login?done=everywhere", done.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, (await phone.Client.GetAsync("/account/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await BrowserWithCookie(laptopCookie).Client.GetAsync("/account/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.PostAsJsonAsync("/api/v1/account/refresh", new { refreshToken = refresh })).StatusCode);

        // Another person is not signed out; the account itself signs in again as usual.
        Assert.Equal(HttpStatusCode.OK, (await other.Client.GetAsync("/account/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.SignInAsync("everywhere@example.org", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.Client.GetAsync("/account/settings")).StatusCode);
    }

    [Fact]
    public async Task A_session_ends_when_unused_for_the_idle_time_and_after_its_maximum_lifetime_even_in_use()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await StartAsync(time, new Dictionary<string, string>
        {
            ["Supple:Accounts:SessionIdleTimeout"] = "01:00:00",
            ["Supple:Accounts:SessionMaxLifetime"] = "02:00:00",
        });
        var idle = Browser();
        await idle.RegisterAsync("idle@example.org", Password);
        var busy = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await busy.SignInAsync("idle@example.org", Password)).StatusCode);

        // Used every 35 minutes, the busy one slides on; the idle one ends after an hour.
        for (var i = 0; i < 2; i++)
        {
            time.Advance(TimeSpan.FromMinutes(35));
            Assert.Equal(HttpStatusCode.OK, (await busy.Client.GetAsync("/api/v1/reminders")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await idle.Client.GetAsync("/api/v1/reminders")).StatusCode);

        // At 1 h 45 min it still works; at 2 h 5 min, used or not, it has ended.
        time.Advance(TimeSpan.FromMinutes(35));
        Assert.Equal(HttpStatusCode.OK, (await busy.Client.GetAsync("/api/v1/reminders")).StatusCode);
        time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.Unauthorized, (await busy.Client.GetAsync("/api/v1/reminders")).StatusCode);
    }
}
