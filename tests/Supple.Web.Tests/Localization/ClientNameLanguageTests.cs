using Supple.Core.Localization;
using Supple.Web.Accounts;
using Supple.Web.Localization;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// The browser a session was signed in with is stored as it always was ("Firefox on Linux", English, whatever the
/// language: old rows and new ones alike, and the check for a new device compares them) and shown in the reader's
/// language where pages and e-mails show it ("Firefox unter Linux"); what is not a browser on a known system (a
/// program's token, a browser alone, a row written otherwise) is shown as stored.
/// </summary>
public sealed class ClientNameLanguageTests
{
    private const string FirefoxOnLinux = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private const string SafariOnIPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData(PseudoLocale.Name)]
    public void What_is_stored_is_English_in_every_language(string language)
    {
        var (firefox, safari) = In(language, () => (SuppleSignInManager.ClientOf(FirefoxOnLinux), SuppleSignInManager.ClientOf(SafariOnIPhone)));

        Assert.Equal("Firefox on Linux", firefox);
        Assert.Equal("Safari on iOS", safari);
    }

    [Theory]
    [InlineData("en", "Firefox on Linux", "Safari on iOS")]
    [InlineData("de", "Firefox unter Linux", "Safari unter iOS")]
    [InlineData("es", "Firefox en Linux", "Safari en iOS")]
    [InlineData("fr", "Firefox sous Linux", "Safari sous iOS")]
    public void A_stored_browser_is_shown_in_the_readers_language(string language, string firefox, string safari)
    {
        Assert.Equal(firefox, In(language, () => SuppleSignInManager.ClientInCurrentLanguage("Firefox on Linux")));
        Assert.Equal(safari, In(language, () => SuppleSignInManager.ClientInCurrentLanguage("Safari on iOS")));
    }

    [Theory]
    [InlineData("curl/8.5.0")]
    [InlineData("Firefox")]
    [InlineData("Netscape on Linux")]
    [InlineData("Firefox on BeOS")]
    [InlineData("python-requests/2.31 on Linux")]
    [InlineData(null)]
    public void Anything_else_is_shown_as_stored(string? stored)
    {
        Assert.Equal(stored, In("de", () => SuppleSignInManager.ClientInCurrentLanguage(stored)));
    }

    [Fact]
    public void The_new_sign_in_e_mail_names_the_browser_in_its_language()
    {
        var german = In("de", () => AccountMessages.NewSignInBody("5. Dezember 2026, 14:30 UTC", "Firefox on Linux", "password", "https://example.org/account/settings"));
        var english = In("en", () => AccountMessages.NewSignInBody("5 December 2026, 14:30 UTC", "Firefox on Linux", "password", "https://example.org/account/settings"));

        Assert.Contains("Firefox unter Linux", german, StringComparison.Ordinal);
        Assert.DoesNotContain("Firefox on Linux", german, StringComparison.Ordinal);
        Assert.Contains("Firefox on Linux", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_pseudo_locale_only_the_names_stay_plain()
    {
        var shown = In(PseudoLocale.Name, () => SuppleSignInManager.ClientInCurrentLanguage("Chrome on Windows"))!;

        Assert.StartsWith("[Chrome ", shown, StringComparison.Ordinal);
        Assert.True(PseudoLocale.IsTransformed(shown.Replace("Chrome", "", StringComparison.Ordinal).Replace("Windows", "", StringComparison.Ordinal)), shown);
    }

    private static T In<T>(string language, Func<T> read) => RecipientLanguage.Write(SuppleCultures.Get(language), read);
}
