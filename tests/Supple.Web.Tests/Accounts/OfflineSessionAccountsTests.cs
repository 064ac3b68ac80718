using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// One browser, two people on a multi-user server: a session A played offline stays A's. While B is signed in on the
/// same browser, B's pages neither show it nor send it (and the server would refuse it for B); it reaches A's history
/// once A signs in again, and never B's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineSessionAccountsTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private MultiUserApp _app = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, kestrel: true);
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "en-GB", TimezoneId = "UTC" });
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    private string Url(string path) => new Uri(_app.BaseAddress, path).ToString();

    [Fact]
    public async Task A_session_queued_by_one_account_is_neither_shown_nor_sent_by_another_and_reaches_its_own_history()
    {
        await RegisterAsync("a@example.org");
        await _page.GotoAsync(Url("/"));
        await ServiceWorkerPage.WaitForActiveWorkerAsync(_page);
        await _page.ReloadAsync();
        await ServiceWorkerPage.WaitForControllerAsync(_page);
        var accountOfA = await AccountAsync();

        // A plays a whole session offline.
        await _page.Clock.InstallAsync(new() { TimeDate = DateTime.UtcNow.AddMinutes(-10) });
        await _page.GotoAsync(Url("/player?level=gentle&only=cat-camel"));
        await _page.ClickAsync("#accept-disclaimer");
        await _page.Locator("#screen-before:not([hidden])").WaitForAsync();
        await WaitForKeptAnswersAsync();
        await _context.SetOfflineAsync(true);
        await _page.ClickAsync("#start");
        await _page.Locator("#screen-play").WaitForAsync();
        for (var i = 0; i < 200 && !await _page.Locator("#screen-after").IsVisibleAsync(); i++)
        {
            await _page.Clock.RunForAsync(1000);
        }

        await _page.ClickAsync("#finish");
        await _page.Locator("#done-title[data-state=on-device]").WaitForAsync();

        // A's sign-in ends while the device is offline (the cookie goes: signed out, or expired); the network comes back.
        await _context.ClearCookiesAsync();
        await _context.SetOfflineAsync(false);
        await _page.GotoAsync(Url("/account/login"));

        // B signs in on the same browser: B's Today shows nothing of A's, and sends nothing.
        await RegisterAsync("b@example.org");
        await _page.GotoAsync(Url("/"));
        Assert.NotEqual(accountOfA, await AccountAsync());
        await _page.WaitForFunctionAsync("() => self.SuppleSessions !== undefined");
        await Task.Delay(1000); // the page's flush has run (it sends only the account's own)
        Assert.True(await _page.Locator("#device-sessions").IsHiddenAsync());
        Assert.Equal(0, await _page.Locator("#device-sessions li").CountAsync());
        var kept = await _page.EvaluateAsync<JsonElement>($"async () => (await self.SuppleSessions.list('{accountOfA}')).map(r => ({{ refused: r.refused || null, sentWhole: Boolean(r.sentWhole) }}))");
        var record = Assert.Single(kept.EnumerateArray());
        Assert.False(record.GetProperty("sentWhole").GetBoolean());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("refused").ValueKind);

        // Even sent on purpose from B's page, the server refuses it for B (409 other-account) and saves nothing.
        var status = await _page.EvaluateAsync<int>($$"""
            async () => {
              const [record] = await self.SuppleSessions.list('{{accountOfA}}');
              const response = await fetch('/api/v1/sessions/completed', {
                method: 'POST', headers: { 'Content-Type': 'application/json', 'Supple-Account': '{{accountOfA}}' },
                body: JSON.stringify(self.SuppleSessions.completedBody(record)) });
              return response.status;
            }
            """);
        Assert.Equal(409, status);
        Assert.Equal(0, await SessionCountAsync("b@example.org"));
        Assert.Equal(0, await SessionCountAsync("a@example.org"));

        // A signs in again: A's Today sends it, into A's history.
        await _page.GotoAsync(Url("/account/settings"));
        await _page.ClickAsync("#log-out");
        await _page.WaitForURLAsync(u => !u.Contains("/account/settings", StringComparison.Ordinal));
        await SignInAsync("a@example.org");
        await _page.GotoAsync(Url("/"));
        await _page.Locator("#device-sessions li[data-state=saved]").WaitForAsync();
        Assert.Equal(1, await SessionCountAsync("a@example.org"));
        Assert.Equal(0, await SessionCountAsync("b@example.org"));
    }

    private async Task<string> AccountAsync() =>
        (await _page.Locator("meta[name=supple-account]").GetAttributeAsync("content"))!;

    private async Task WaitForKeptAnswersAsync()
    {
        for (var i = 0; i < 100 && !await _page.EvaluateAsync<bool>("""
            async () => {
              const kept = await self.SuppleSessions.getMeta(document.querySelector('meta[name="supple-account"]').content, 'answers');
              return Boolean(kept && kept.acceptance && kept.acceptance.accepted);
            }
            """); i++)
        {
            await Task.Delay(100);
        }
    }

    private async Task<int> SessionCountAsync(string email)
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await MultiUserApp.SignInAsync(client, email, Password));
        var history = await client.GetFromJsonAsync<JsonElement>("/api/v1/history", MultiUserApp.Json);
        return history.GetProperty("sessions").GetArrayLength();
    }

    private async Task RegisterAsync(string email)
    {
        await _page.GotoAsync(Url("/account/register"));
        await _page.FillAsync("#email", email);
        await _page.FillAsync("#password", Password);
        await _page.FillAsync("#confirm", Password);
        await _page.ClickAsync("#register");
        await _page.WaitForURLAsync(u => !u.Contains("/account/register", StringComparison.Ordinal));
    }

    private async Task SignInAsync(string email)
    {
        await _page.GotoAsync(Url("/account/login"));
        await _page.FillAsync("#email", email);
        await _page.FillAsync("#password", Password);
        await _page.ClickAsync("#sign-in");
        await _page.WaitForURLAsync(u => !u.Contains("/account/login", StringComparison.Ordinal));
    }
}
