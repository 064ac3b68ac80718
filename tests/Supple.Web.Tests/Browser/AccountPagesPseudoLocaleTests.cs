using Supple.Core.Localization;
using Supple.Web.Tests.Accounts;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// The account pages (multi-user mode, PostgreSQL) under the pseudo-locale at 360 px, signed out and signed in: the
/// same checks as <see cref="PseudoLocaleWalkTests"/> (every text translated, nothing clipped, no sideways scroll).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountPagesPseudoLocaleTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly PostgreSqlTestDatabase _db = new();
    private MultiUserApp _app = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, kestrel: true);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    private string Url(string path) => new Uri(_app.BaseAddress, path).ToString();

    [Fact]
    public async Task Every_account_page_under_the_pseudo_locale_is_translated_and_fits_a_phone()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 360, Height = 780 },
            TimezoneId = "UTC",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = PseudoLocale.Name },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var problems = new List<string>();

        async Task Walk(string path)
        {
            await page.GotoAsync(Url(path));
            problems.AddRange((await PseudoLocaleWalkTests.ProblemsAsync(page)).Select(p => $"{path}: {p}"));
        }

        foreach (var path in new[]
        {
            "/account/login", "/account/register", "/account/forgot-password", "/account/reset-password?email=a%40example.org&code=x",
            "/account/confirm-email?userId=x&code=y", "/account/login/two-factor", "/", "/about",
        })
        {
            await Walk(path);
        }

        await page.GotoAsync(Url("/account/register"));
        await page.FillAsync("#email", "walker@example.org");
        await page.FillAsync("#password", "a long enough passphrase");
        await page.FillAsync("#confirm", "a long enough passphrase");
        await page.ClickAsync("#register");
        await page.WaitForURLAsync(u => !u.Contains("/account/register", StringComparison.Ordinal));

        foreach (var path in new[] { "/account/settings", "/account/passkeys", "/account/two-factor", "/", "/history" })
        {
            await Walk(path);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
