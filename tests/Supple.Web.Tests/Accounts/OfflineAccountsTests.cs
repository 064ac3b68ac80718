using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// One browser, two people on a multi-user server: the service worker keeps pages only for the account that is signed
/// in, so after A signs out, nothing of A's can be seen offline, and B's offline pages are B's; a session A played
/// offline is neither shown nor sent by B's pages, and reaches A's history only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineAccountsTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private const string ReminderOfA = "05:43";
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
    public async Task After_one_person_signs_out_the_next_sees_none_of_their_pages_offline()
    {
        await RegisterAsync("a@example.org");
        var saved = await _context.APIRequest.PutAsync(Url("/api/v1/reminders"), new() { DataObject = new { dailyAt = ReminderOfA } });
        Assert.Equal(200, saved.Status);
        await _page.GotoAsync(Url("/plan"));
        await ServiceWorkerPage.WaitForActiveWorkerAsync(_page);
        await _page.ReloadAsync();
        Assert.Contains(ReminderOfA, await _page.ContentAsync(), StringComparison.Ordinal);

        // A's page is kept for A: offline, A still sees it.
        await _context.SetOfflineAsync(true);
        await _page.GotoAsync(Url("/plan"));
        Assert.Contains(ReminderOfA, await _page.ContentAsync(), StringComparison.Ordinal);
        await _context.SetOfflineAsync(false);
        var partitions = (await ServiceWorkerPage.CacheNamesAsync(_page)).Where(n => n.StartsWith("supple-pages-", StringComparison.Ordinal)).ToList();
        Assert.Single(partitions);

        // A signs out: the answer is for nobody, and A's cache goes.
        await _page.GotoAsync(Url("/account/settings"));
        await _page.ClickAsync("#log-out");
        await _page.WaitForURLAsync(u => !u.Contains("/account/settings", StringComparison.Ordinal));
        Assert.DoesNotContain(await ServiceWorkerPage.CacheNamesAsync(_page), n => n.StartsWith("supple-pages-", StringComparison.Ordinal));
        await _context.SetOfflineAsync(true);
        await _page.GotoAsync(Url("/plan"));
        Assert.DoesNotContain(ReminderOfA, await _page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal("You are offline", await _page.Locator("h1").InnerTextAsync());
        await _context.SetOfflineAsync(false);

        // B signs in on the same browser: B's pages are kept for B, and never show A's.
        await RegisterAsync("b@example.org");
        await _page.GotoAsync(Url("/plan"));
        await _context.SetOfflineAsync(true);
        await _page.GotoAsync(Url("/plan"));
        Assert.Equal("Your plan", await _page.Locator("h1").InnerTextAsync());
        Assert.DoesNotContain(ReminderOfA, await _page.ContentAsync(), StringComparison.Ordinal);
        var after = (await ServiceWorkerPage.CacheNamesAsync(_page)).Where(n => n.StartsWith("supple-pages-", StringComparison.Ordinal)).ToList();
        Assert.Single(after);
        Assert.NotEqual(partitions[0], after[0]);
    }

    [Fact]
    public async Task Personal_api_answers_are_never_kept_by_the_worker()
    {
        await RegisterAsync("c@example.org");
        await _page.GotoAsync(Url("/"));
        await ServiceWorkerPage.WaitForActiveWorkerAsync(_page);
        await _page.ReloadAsync();
        await _page.EvaluateAsync("() => Promise.all(['/api/v1/history', '/api/v1/reminders', '/api/v1/stats', '/api/v1/programme'].map(u => fetch(u)))");
        var kept = await _page.EvaluateAsync<string[]>("""
            async () => {
              const urls = [];
              for (const name of await caches.keys()) {
                for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
              }
              return urls;
            }
            """);
        Assert.Contains("/api/v1/programme", kept);
        Assert.DoesNotContain(kept, u => u is "/api/v1/history" or "/api/v1/reminders" or "/api/v1/stats" || u.StartsWith("/api/v1/sessions", StringComparison.Ordinal) || u.StartsWith("/account", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_queued_by_one_account_is_neither_shown_nor_sent_by_another_and_reaches_its_own_history()
    {
        await RegisterAsync("a@example.org");
        await SessionQueuePage.OpenControlledAsync(_page, Url("/"));
        var accountOfA = await SessionQueuePage.AccountAsync(_page);

        // A plays a whole session offline.
        await _page.Clock.InstallAsync(new() { TimeDate = DateTime.UtcNow.AddMinutes(-10) });
        await _page.GotoAsync(Url("/player?level=gentle&only=cat-camel"));
        await _page.ClickAsync("#accept-disclaimer");
        await _page.Locator("#screen-before:not([hidden])").WaitForAsync();
        await SessionQueuePage.WaitForKeptAnswersAsync(_page);
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
        Assert.NotEqual(accountOfA, await SessionQueuePage.AccountAsync(_page));
        await _page.Locator("#device-sessions[data-flushed]").WaitForAsync(new() { State = WaitForSelectorState.Attached }); // the page's queue has run
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
