using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using OtpNet;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// Two-factor sign-in in a real browser, with an authenticator app played by an independent TOTP library (Otp.NET)
/// and the QR code read by an independent decoder (ZXing.Net): set it up from the QR code, keep the recovery codes,
/// sign out, sign in with password and code, sign in with a recovery code when the phone is lost, turn it off.
/// Each page is looked at (axe-core, 1280 and 360 px). PostgreSQL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoFactorBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Email = "careful@example.org";
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private MultiUserApp _app = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, kestrel: true, time: _time);
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

        await _db.DisposeAsync();
    }

    private string Url(string path) => new Uri(_app.BaseAddress, path).ToString();

    [Fact]
    public async Task Set_up_from_the_qr_code_then_sign_in_with_a_code_and_with_a_recovery_code()
    {
        await AccountSteps.RegisterAsync(_page, _app.BaseAddress, Email, Password);

        await _page.GotoAsync(Url("/account/settings"));
        Assert.Equal("off", await _page.InnerTextAsync("#two-factor-state"));
        await _page.ClickAsync("#two-factor-link");
        await _page.WaitForURLAsync(Url("/account/two-factor"));
        await PageCheck.LookAsync(_page, "account-two-factor-setup");

        // The phone scans the QR code: it holds the key shown beside it, for this account.
        var scanned = new Uri(QrCodeReader.Decode(await _page.InnerHTMLAsync(".qr")));
        var key = (await _page.InnerTextAsync("#authenticator-key")).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.Equal("otpauth", scanned.Scheme);
        Assert.Contains(key, scanned.Query, StringComparison.Ordinal);
        Assert.Contains("Supple:careful@example.org", Uri.UnescapeDataString(scanned.AbsoluteUri), StringComparison.Ordinal);
        var app = new Totp(Base32Encoding.ToBytes(System.Web.HttpUtility.ParseQueryString(scanned.Query)["secret"]));

        await _page.FillAsync("#code", "000000");
        await _page.ClickAsync("#enable");
        await _page.Locator("#two-factor-error").WaitForAsync();
        await PageCheck.LookAsync(_page, "account-two-factor-wrong-code");
        await _page.FillAsync("#code", app.ComputeTotp(_time.GetUtcNow().UtcDateTime));
        await _page.ClickAsync("#enable");
        await _page.Locator("#recovery-codes").WaitForAsync();
        var recoveryCodes = await _page.Locator("#recovery-codes code").AllInnerTextsAsync();
        Assert.Equal(10, recoveryCodes.Count);
        await PageCheck.LookAsync(_page, "account-two-factor-recovery-codes");

        // Reload: the codes are shown once only.
        await _page.GotoAsync(Url("/account/two-factor"));
        Assert.Equal(0, await _page.Locator("#recovery-codes").CountAsync());
        Assert.Equal("10", await _page.InnerTextAsync("#codes-left"));
        await PageCheck.LookAsync(_page, "account-two-factor-on");

        // Signing in now takes the password, then the code.
        await SignOutAsync();
        await SignInWithPasswordAsync();
        await _page.WaitForURLAsync(u => u.Contains("/account/login/two-factor", StringComparison.Ordinal));
        await PageCheck.LookAsync(_page, "account-login-two-factor");
        await _page.FillAsync("#code", "123456");
        await _page.ClickAsync("#verify");
        await _page.Locator("#two-factor-error").WaitForAsync();
        _time.Advance(TimeSpan.FromSeconds(30));
        await _page.FillAsync("#code", app.ComputeTotp(_time.GetUtcNow().UtcDateTime));
        await _page.ClickAsync("#verify");
        await _page.WaitForURLAsync(Url("/"));

        // The phone is lost: a recovery code, once.
        await SignOutAsync();
        await SignInWithPasswordAsync();
        await _page.ClickAsync("#use-recovery-code");
        await _page.Locator("#code").WaitForAsync();
        await PageCheck.LookAsync(_page, "account-login-recovery-code");
        await _page.FillAsync("#code", recoveryCodes[0]);
        await _page.ClickAsync("#verify");
        await _page.WaitForURLAsync(Url("/"));
        await SignOutAsync();
        await SignInWithPasswordAsync();
        await _page.ClickAsync("#use-recovery-code");
        await _page.FillAsync("#code", recoveryCodes[0]);
        await _page.ClickAsync("#verify");
        await _page.Locator("#two-factor-error").WaitForAsync();
        Assert.Contains("used already", await _page.InnerTextAsync("#two-factor-error"), StringComparison.Ordinal);
        await _page.FillAsync("#code", recoveryCodes[1]);
        await _page.ClickAsync("#verify");
        await _page.WaitForURLAsync(Url("/"));

        // Turning it off takes the password.
        await _page.GotoAsync(Url("/account/two-factor"));
        Assert.Equal("8", await _page.InnerTextAsync("#codes-left"));
        await _page.FillAsync("#disable-password", Password);
        await _page.ClickAsync("#disable");
        await _page.Locator("#two-factor-message").WaitForAsync();
        await SignOutAsync();
        await SignInWithPasswordAsync();
        await _page.WaitForURLAsync(Url("/"));
    }

    private Task SignOutAsync() => AccountSteps.SignOutAsync(_page, _app.BaseAddress);

    private async Task SignInWithPasswordAsync()
    {
        await _page.FillAsync("#email", Email);
        await _page.FillAsync("#password", Password);
        await _page.ClickAsync("#sign-in");
    }
}
