using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>The account pages in a real browser (Debian chromium) on a multi-user server over PostgreSQL: register,
/// sign out, a failed and a good sign-in, change the password, delete the account; axe-core on each page; screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountPagesTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private MultiUserApp _app = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private readonly List<string> _cspViolations = [];

    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, kestrel: true);
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "en-GB", TimezoneId = "UTC" });
        _page = await _context.NewPageAsync();
        // Generous: the whole suite runs its projects at once on two cores, where one navigation has taken over 15 s.
        _page.SetDefaultTimeout(30_000);
        _page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _cspViolations.Add(message.Text);
            }
        };
        Directory.CreateDirectory(ScreenshotFolder);
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
    public async Task Register_sign_out_sign_in_change_password_and_delete_in_the_browser()
    {
        await _page.GotoAsync(Url("/history"));
        Assert.Equal("/account/login", new Uri(_page.Url).AbsolutePath);
        await CheckAsync("account-login");

        await _page.GotoAsync(Url("/account/register"));
        await CheckAsync("account-register");
        await _page.FillAsync("#email", "browser@example.org");
        await _page.FillAsync("#password", "too short");
        await _page.FillAsync("#confirm", "too short");
        await _page.EvaluateAsync("() => document.querySelectorAll('input').forEach(i => i.removeAttribute('minlength'))");
        await _page.ClickAsync("#register");
        await _page.Locator("#register-errors").WaitForAsync();
        await CheckAsync("account-register-errors");

        // One of the most common passwords: refused, and the page says why.
        await _page.FillAsync("#password", "password1234");
        await _page.FillAsync("#confirm", "password1234");
        await _page.ClickAsync("#register");
        await _page.Locator("#register-errors").WaitForAsync();
        Assert.Contains("most common", await _page.InnerTextAsync("#register-errors"), StringComparison.Ordinal);
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM users"));

        await _page.FillAsync("#password", Password);
        await _page.FillAsync("#confirm", Password);
        await _page.ClickAsync("#register");
        await _page.WaitForURLAsync(Url("/"));
        Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM users WHERE email = 'browser@example.org'"));

        await _page.GotoAsync(Url("/account/settings"));
        Assert.Equal("browser@example.org", await _page.InnerTextAsync("#account-email"));
        await CheckAsync("account-settings");

        await _page.ClickAsync("#log-out");
        await _page.WaitForURLAsync(u => u.Contains("/account/login", StringComparison.Ordinal));
        await _page.FillAsync("#email", "browser@example.org");
        await _page.FillAsync("#password", "not the password");
        await _page.ClickAsync("#sign-in");
        await _page.Locator("#login-error").WaitForAsync();
        var wrongPassword = await _page.InnerTextAsync("#login-error");
        await CheckAsync("account-login-failed");
        await _page.FillAsync("#email", "nobody@example.org");
        await _page.FillAsync("#password", Password);
        await _page.ClickAsync("#sign-in");
        await _page.Locator("#login-error").WaitForAsync();
        Assert.Equal(wrongPassword, await _page.InnerTextAsync("#login-error"));

        await _page.FillAsync("#email", "browser@example.org");
        await _page.FillAsync("#password", Password);
        await _page.ClickAsync("#sign-in");
        await _page.WaitForURLAsync(Url("/"));

        await _page.GotoAsync(Url("/account/settings"));
        await _page.FillAsync("#current-password", Password);
        await _page.FillAsync("#new-password", Password + " two");
        await _page.ClickAsync("#change-password");
        await _page.Locator("#settings-message").WaitForAsync();
        await CheckAsync("account-settings-changed");

        await _page.FillAsync("#delete-password", Password + " two");
        await _page.ClickAsync("#delete-account");
        await _page.WaitForURLAsync(u => u.Contains("/account/login", StringComparison.Ordinal));
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM users"));
        Assert.Empty(_cspViolations);
    }

    private async Task CheckAsync(string name)
    {
        await _page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
        var result = await _page.RunAxe();
        Assert.True(result.Passes.Length > 10, $"{name}: axe-core checked almost nothing.");
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{name}: " + string.Join("; ", bad.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
