using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// A real attack in a real browser: a page served from another port of the same host is the same "site", so the
/// browser sends the <c>SameSite=Strict</c> sign-in cookie with its requests. It tries to abandon the person's session
/// with a body-less POST; Supple must refuse it (the request's <c>Origin</c> is not Supple's) and the session stays open.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossSiteBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private MultiUserApp _app = null!;
    private WebApplication _attacker = null!;
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, kestrel: true);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _attacker = builder.Build();
        _attacker.MapGet("/", (string target) => Results.Content(
            $$"""
            <!doctype html><title>win a prize</title>
            <script>
              fetch({{System.Text.Json.JsonSerializer.Serialize(target)}}, { method: 'POST', mode: 'no-cors', credentials: 'include' })
                .then(() => document.title = 'sent', () => document.title = 'sent');
            </script>
            """, "text/html"));
        await _attacker.StartAsync();
        _context = await browser.Browser.NewContextAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        if (_attacker is not null)
        {
            await _attacker.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    [Fact]
    public async Task A_page_on_another_port_cannot_abandon_the_signed_in_persons_session()
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync(new Uri(_app.BaseAddress, "/account/register").ToString());
        await page.FillAsync("#email", "victim@example.org");
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirm", Password);
        await page.ClickAsync("#register");
        await page.WaitForURLAsync(new Uri(_app.BaseAddress, "/").ToString());
        var id = await page.EvaluateAsync<long>(
            "() => fetch('/api/v1/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then(r => r.json()).then(s => s.id)");

        var target = new Uri(_app.BaseAddress, $"/api/v1/sessions/{id}/abandon").ToString();
        var attack = await _context.NewPageAsync();
        await attack.GotoAsync(new Uri(new Uri(_attacker.Urls.First()), "/?target=" + Uri.EscapeDataString(target)).ToString());
        await attack.WaitForFunctionAsync("() => document.title === 'sent'");

        var outcome = await page.EvaluateAsync<string?>($"() => fetch('/api/v1/sessions/{id}').then(r => r.json()).then(s => s.outcome)");
        Assert.Null(outcome);
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM sessions WHERE outcome IS NOT NULL"));

        // The same request from Supple's own page does abandon it: the check is on where it comes from.
        Assert.Equal(200, await page.EvaluateAsync<int>($"() => fetch('/api/v1/sessions/{id}/abandon', {{ method: 'POST' }}).then(r => r.status)"));
        Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM sessions WHERE outcome IS NOT NULL"));
    }
}
