using Microsoft.Playwright;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// A person who forgot their password gets back in, in a real browser: the address is confirmed from the e-mailed
/// link, "Forgot your password?" sends a link (to a real SMTP server in the test process), the link opens the page to
/// choose a new password, and the new password signs in while the old one no longer does. Each page is looked at
/// (axe-core, 1280 and 360 px screenshots). PostgreSQL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PasswordResetBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Email = "forgetful@example.org";
    private const string OldPassword = "my old long passphrase";
    private const string NewPassword = "a fresh and longer passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly TestMailServer _mail = new();
    private readonly Uri _url = MultiUserApp.FreeUrl();
    private MultiUserApp _app = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, settings: _mail.Settings(_url), url: _url);
        (_context, _page) = await AccountSteps.OpenAsync(browser.Browser);
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

        await _mail.StopAsync();
        await _db.DisposeAsync();
    }

    private string Url(string path) => new Uri(_url, path).ToString();

    [Fact]
    public async Task A_person_who_forgot_their_password_follows_the_emailed_link_and_signs_in_with_a_new_one()
    {
        await AccountSteps.RegisterAsync(_page, _url, Email, OldPassword);

        await _page.GotoAsync(Url("/account/settings"));
        Assert.True(await _page.Locator("#confirm-notice").IsVisibleAsync());
        await PageCheck.LookAsync(_page, "account-settings-unconfirmed");
        await _page.GotoAsync(TestMailServer.LinkIn(await _mail.WaitForAsync(Email, "Confirm")).ToString());
        Assert.Contains("is confirmed", await _page.InnerTextAsync("#confirm-message"), StringComparison.Ordinal);
        await PageCheck.LookAsync(_page, "account-confirm-email");

        await _page.GotoAsync(Url("/account/settings"));
        Assert.False(await _page.Locator("#confirm-notice").IsVisibleAsync());
        await _page.ClickAsync("#log-out");
        await _page.WaitForURLAsync(u => u.Contains("/account/login", StringComparison.Ordinal));
        Assert.Contains("signed out", await _page.InnerTextAsync("#login-message"), StringComparison.Ordinal);

        await _page.ClickAsync("#forgot-password");
        await _page.WaitForURLAsync(Url("/account/forgot-password"));
        await PageCheck.LookAsync(_page, "account-forgot-password");
        await _page.FillAsync("#email", Email);
        await _page.ClickAsync("#send-link");
        await _page.Locator("#forgot-message").WaitForAsync();
        await PageCheck.LookAsync(_page, "account-forgot-password-sent");

        var link = TestMailServer.LinkIn(await _mail.WaitForAsync(Email, "new Supple password"));
        Assert.Equal(_url.Authority, link.Authority);
        await _page.GotoAsync(link.ToString());
        Assert.Equal(Email, await _page.InnerTextAsync("#reset-email"));
        await PageCheck.LookAsync(_page, "account-reset-password");

        await _page.FillAsync("#password", "password1234");
        await _page.FillAsync("#confirm", "password1234");
        await _page.ClickAsync("#set-password");
        await _page.Locator("#reset-errors").WaitForAsync();
        Assert.Contains("most common", await _page.InnerTextAsync("#reset-errors"), StringComparison.Ordinal);
        await PageCheck.LookAsync(_page, "account-reset-password-refused");

        await _page.FillAsync("#password", NewPassword);
        await _page.FillAsync("#confirm", NewPassword);
        await _page.ClickAsync("#set-password");
        await _page.WaitForURLAsync(u => u.Contains("/account/login?done=reset", StringComparison.Ordinal));
        Assert.Contains("new password is set", await _page.InnerTextAsync("#login-message"), StringComparison.Ordinal);
        await _mail.WaitForAsync(Email, "password was changed");

        // The link works once.
        await _page.GotoAsync(link.ToString());
        await _page.FillAsync("#password", "yet another passphrase");
        await _page.FillAsync("#confirm", "yet another passphrase");
        await _page.ClickAsync("#set-password");
        await _page.Locator("#reset-errors").WaitForAsync();
        Assert.Contains("expired", await _page.InnerTextAsync("#reset-errors"), StringComparison.Ordinal);

        await _page.GotoAsync(Url("/account/login"));
        await _page.FillAsync("#email", Email);
        await _page.FillAsync("#password", OldPassword);
        await _page.ClickAsync("#sign-in");
        await _page.Locator("#login-error").WaitForAsync();
        await _page.FillAsync("#password", NewPassword);
        await _page.ClickAsync("#sign-in");
        await _page.WaitForURLAsync(Url("/"));
        await _page.GotoAsync(Url("/account/settings"));
        Assert.Equal(Email, await _page.InnerTextAsync("#account-email"));
    }
}
