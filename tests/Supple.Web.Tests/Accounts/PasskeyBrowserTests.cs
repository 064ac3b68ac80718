using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supple.Data;
using Supple.Data.Identity;
using Supple.Web.Accounts;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// Passkeys in a real browser, with Chromium's virtual authenticator (DevTools protocol <c>WebAuthn.enable</c> +
/// <c>WebAuthn.addVirtualAuthenticator</c>) standing in for a phone's or laptop's lock: add a passkey from the account
/// page, sign out, sign in with it and no password, remove it, and see that it no longer signs in. Each page is looked
/// at (axe-core, 1280 and 360 px). PostgreSQL. The site is served as <c>localhost</c>: WebAuthn refuses IP addresses.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PasskeyBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Email = "keyholder@example.org";
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly Uri _url = MultiUserApp.FreeUrl("localhost");
    private MultiUserApp _app = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private ICDPSession _cdp = null!;
    private string _authenticatorId = "";

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, url: _url);
        (_context, _page) = await AccountSteps.OpenAsync(browser.Browser);

        // A platform authenticator that keeps discoverable credentials and verifies the user (as a fingerprint would)
        // without asking anyone.
        _cdp = await _context.NewCDPSessionAsync(_page);
        await _cdp.SendAsync("WebAuthn.enable");
        var added = await _cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new()
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        _authenticatorId = added!.Value.GetProperty("authenticatorId").GetString()!;
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

    private string Url(string path) => new Uri(_url, path).ToString();

    [Fact]
    public async Task Add_a_passkey_sign_in_with_it_without_a_password_then_remove_it()
    {
        await AccountSteps.RegisterAsync(_page, _url, Email, Password);

        await _page.GotoAsync(Url("/account/settings"));
        Assert.Equal(Url("/account/settings"), _page.Url);
        await _page.ClickAsync("#passkeys-link");
        await _page.WaitForURLAsync(u => !u.EndsWith("/account/settings", StringComparison.Ordinal));
        Assert.Equal(Url("/account/passkeys"), _page.Url);
        Assert.True(await _page.Locator("#no-passkeys").IsVisibleAsync());
        await PageCheck.LookAsync(_page, "account-passkeys-none");

        await _page.FillAsync("#passkey-name", "Work laptop");
        await _page.ClickAsync("#add-passkey");
        await _page.WaitForURLAsync(Url("/account/passkeys?done=added"));
        Assert.Contains("passkey is added", await _page.InnerTextAsync("#passkeys-message"), StringComparison.Ordinal);
        Assert.Equal(1, await _page.Locator("#passkey-list li").CountAsync());
        Assert.Contains("Work laptop", await _page.InnerTextAsync("#passkey-list"), StringComparison.Ordinal);
        await PageCheck.LookAsync(_page, "account-passkeys-added");

        // The authenticator holds one discoverable key for this site, and the server holds the same key for this account.
        var credentials = await CredentialsAsync();
        Assert.Single(credentials);
        Assert.True(credentials[0].GetProperty("isResidentCredential").GetBoolean());
        Assert.Equal("localhost", credentials[0].GetProperty("rpId").GetString());
        var stored = await StoredPasskeysAsync();
        Assert.Single(stored);
        Assert.Equal(Convert.FromBase64String(credentials[0].GetProperty("credentialId").GetString()!), stored[0].CredentialId);

        // Signed out, the passkey alone signs in: no address, no password.
        await SignOutAsync();
        await PageCheck.LookAsync(_page, "account-login-with-passkey");
        await _page.ClickAsync("#passkey-sign-in");
        await _page.WaitForURLAsync(Url("/"));
        await _page.GotoAsync(Url("/account/settings"));
        Assert.Equal(Email, await _page.InnerTextAsync("#account-email"));
        Assert.Contains(SessionMethods.Passkey, await SessionMethodsAsync());
        Assert.True((await CredentialsAsync())[0].GetProperty("signCount").GetInt32() >= 1);

        // Removed from the account, the key on the device no longer signs in, and the page says so.
        await _page.GotoAsync(Url("/account/passkeys"));
        await _page.ClickAsync(".remove-passkey");
        await _page.WaitForURLAsync(Url("/account/passkeys?done=removed"));
        Assert.True(await _page.Locator("#no-passkeys").IsVisibleAsync());
        Assert.Empty(await StoredPasskeysAsync());
        await SignOutAsync();
        await _page.ClickAsync("#passkey-sign-in");
        await _page.Locator("#login-error").WaitForAsync();
        Assert.Contains("did not sign you in", await _page.InnerTextAsync("#login-error"), StringComparison.Ordinal);
        await PageCheck.LookAsync(_page, "account-login-passkey-refused");
        await _page.GotoAsync(Url("/account/settings"));
        Assert.Contains("/account/login", _page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passkey_answer_posted_again_is_refused()
    {
        await AccountSteps.RegisterAsync(_page, _url, Email, Password);
        await _page.GotoAsync(Url("/account/passkeys"));
        await _page.ClickAsync("#add-passkey");
        await _page.WaitForURLAsync(Url("/account/passkeys?done=added"));

        // Capture the form post of a passkey sign-in, then post the same answer again: its challenge was used once.
        await SignOutAsync();
        string? posted = null;
        _page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("?handler=Passkey", StringComparison.Ordinal))
            {
                posted = request.PostData;
            }
        };
        await _page.ClickAsync("#passkey-sign-in");
        await _page.WaitForURLAsync(Url("/"));
        Assert.NotNull(posted);
        await SignOutAsync();
        var replay = await _page.APIRequest.PostAsync(Url("/account/login?handler=Passkey"), new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded", ["Origin"] = _url.GetLeftPart(UriPartial.Authority) },
            Data = posted,
            MaxRedirects = 0,
        });
        Assert.NotEqual(302, replay.Status);
        Assert.Contains("did not sign you in", await replay.TextAsync(), StringComparison.Ordinal);
        await _page.GotoAsync(Url("/account/settings"));
        Assert.Contains("/account/login", _page.Url, StringComparison.Ordinal);

        // The person does not confirm (no fingerprint): the page says so and stays usable.
        await _cdp.SendAsync("WebAuthn.setUserVerified", new() { ["authenticatorId"] = _authenticatorId, ["isUserVerified"] = false });
        await _page.ClickAsync("#passkey-sign-in");
        await _page.Locator("#passkey-problem:not([hidden])").WaitForAsync();
        Assert.Contains("was not used", await _page.InnerTextAsync("#passkey-problem"), StringComparison.Ordinal);
        Assert.True(await _page.IsEnabledAsync("#passkey-sign-in"));
    }

    private async Task<IReadOnlyList<JsonElement>> CredentialsAsync()
    {
        var answer = await _cdp.SendAsync("WebAuthn.getCredentials", new() { ["authenticatorId"] = _authenticatorId });
        return [.. answer!.Value.GetProperty("credentials").EnumerateArray()];
    }

    private async Task<IReadOnlyList<IdentityUserPasskey<string>>> StoredPasskeysAsync()
    {
        await using var db = await _app.App.Services.GetRequiredService<IDbContextFactory<SuppleDbContext>>().CreateDbContextAsync();
        return await db.Set<IdentityUserPasskey<string>>().AsNoTracking().ToListAsync();
    }

    private async Task<IReadOnlyList<string>> SessionMethodsAsync()
    {
        await using var db = await _app.App.Services.GetRequiredService<IDbContextFactory<SuppleDbContext>>().CreateDbContextAsync();
        return await db.Set<AccountSessionRow>().AsNoTracking().Select(s => s.Method).ToListAsync();
    }

    private Task SignOutAsync() => AccountSteps.SignOutAsync(_page, _url);
}
