using System.Net.Http.Json;
using Supple.Web.Tests.Accounts;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// Multi-user mode (PostgreSQL): the language chosen by a signed-in person is kept with their account and follows
/// them to another browser; it beats a choice made there while signed out; another account does not get it.
/// </summary>
public sealed class AccountLanguageTests : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
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

    private static async Task SignInAsync(LanguageClient browser, string email)
    {
        var login = await browser.Http.PostAsJsonAsync("/api/v1/account/login?useCookies=true", new { email, password = Password });
        Assert.True(login.IsSuccessStatusCode, $"login: {(int)login.StatusCode}");
    }

    [Fact]
    public async Task The_choice_is_kept_with_the_account_and_beats_a_signed_out_choice()
    {
        foreach (var email in new[] { "ana@example.org", "bo@example.org" })
        {
            using var api = new HttpClient { BaseAddress = _app.BaseAddress };
            (await api.PostAsJsonAsync("/api/v1/account/register", new { email, password = Password })).EnsureSuccessStatusCode();
        }

        using (var first = new LanguageClient(_app.BaseAddress))
        {
            await SignInAsync(first, "ana@example.org");
            await first.ChooseAsync("de");
        }

        Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM user_documents WHERE name = 'language' AND json LIKE '%\"de\"%'"));

        // Another browser: a choice made signed out applies while signed out, then the account's own takes over.
        using var second = new LanguageClient(_app.BaseAddress);
        await second.ChooseAsync("es", "/language");
        var (signedOut, _) = await second.PageAsync("/language", "fr");
        Assert.Equal("es", LanguageClient.HtmlLang(signedOut));
        await SignInAsync(second, "ana@example.org");
        var (about, _) = await second.PageAsync("/about", "fr");
        Assert.Equal("de", LanguageClient.HtmlLang(about));
        Assert.Contains("<h2 id=\"causes\">Häufige Ursachen</h2>", about, StringComparison.Ordinal);

        // Someone else's account has no choice: their browser's language.
        using var third = new LanguageClient(_app.BaseAddress);
        await SignInAsync(third, "bo@example.org");
        var (theirs, _) = await third.PageAsync("/about", "fr");
        Assert.Equal("fr", LanguageClient.HtmlLang(theirs));
    }
}
