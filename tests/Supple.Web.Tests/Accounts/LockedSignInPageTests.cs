using System.Net;
using System.Text.RegularExpressions;
using Supple.Web.Accounts;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// The sign-in form of a locked address: after five wrong passwords it says that signing in is paused (not "the
/// password is wrong"), even to the right password, and says it in the same words for an address without an account.
/// Real forms with their antiforgery token, Kestrel, PostgreSQL.
/// </summary>
public sealed partial class LockedSignInPageTests : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly List<HttpClient> _clients = [];
    private MultiUserApp _app = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, kestrel: true);
    }

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    private BrowserlessSession Browser()
    {
        var session = new BrowserlessSession(_app.BaseAddress);
        _clients.Add(session.Client);
        return session;
    }

    [Fact]
    public async Task A_locked_address_gets_its_own_message_on_the_form_the_same_with_or_without_an_account()
    {
        var owner = Browser();
        await owner.RegisterAsync("known@example.org", Password);
        var visitor = Browser();
        var errors = new Dictionary<string, string>();
        foreach (var email in new[] { "known@example.org", "nobody@example.org" })
        {
            var first = await visitor.SignInAsync(email, "wrong password here");
            Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
            Assert.Equal(AccountMessages.FailedSignIn, ErrorOf(await first.Content.ReadAsStringAsync()));
            for (var i = 0; i < 4; i++)
            {
                await visitor.SignInAsync(email, "wrong password here");
            }

            var right = await visitor.SignInAsync(email, Password);
            Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
            Assert.NotNull(right.Headers.RetryAfter);
            errors[email] = ErrorOf(await right.Content.ReadAsStringAsync());
        }

        Assert.Contains("paused for 15 minutes", errors["known@example.org"], StringComparison.Ordinal);
        Assert.Equal(errors["known@example.org"], errors["nobody@example.org"]);
        Assert.NotEqual(AccountMessages.FailedSignIn, errors["known@example.org"]);
        Assert.Null(visitor.AuthCookieValue);
    }

    private static string ErrorOf(string html)
    {
        var match = LoginError().Match(html);
        Assert.True(match.Success, "The sign-in page shows no error.");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    [GeneratedRegex("id=\"login-error\">([^<]*)<")]
    private static partial Regex LoginError();
}
