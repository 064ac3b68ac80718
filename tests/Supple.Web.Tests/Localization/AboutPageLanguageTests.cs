using System.Net;
using System.Text.RegularExpressions;
using Supple.Core.Localization;
using Supple.Data;
using Supple.Web.Localization;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// The About page in the person's language (single-user mode, on Kestrel with real cookies): Accept-Language by
/// q-value, a stored choice that wins (cookie and the person's saved setting), English fallback, the pseudo-locale.
/// </summary>
public sealed partial class AboutPageLanguageTests : IAsyncLifetime
{
    private SuppleApp _app = null!;

    public async Task InitializeAsync() => _app = await SuppleApp.StartOnLoopbackAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private LanguageClient Browser() => new(_app.BaseAddress);

    [Fact]
    public async Task Accept_language_with_q_values_chooses_the_language_of_the_about_page()
    {
        using var browser = Browser();
        var (html, _) = await browser.PageAsync("/about", "ja, es;q=0.8, de;q=0.9");

        Assert.Equal("de", LanguageClient.HtmlLang(html));
        Assert.Contains("<h1>Über Schmerzen im oberen Rücken und Supple</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Schlechte Haltung</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Wann aufhören:</strong> Wenn eine Übung unerträglich schmerzt", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Quelle 1\">[1]</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Spine-health: causes of upper back pain</a>", html, StringComparison.Ordinal); // as published
        Assert.Contains("Sprache: Deutsch", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Common causes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_language_it_is_English_and_a_region_is_kept()
    {
        using var browser = Browser();
        var (english, _) = await browser.PageAsync("/about");
        var (swiss, _) = await browser.PageAsync("/about", "fr-CH");

        Assert.Equal("en", LanguageClient.HtmlLang(english));
        Assert.Contains("<h1>About upper-back pain and Supple</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<dt>Poor posture</dt>", english, StringComparison.Ordinal);
        Assert.Equal("fr-CH", LanguageClient.HtmlLang(swiss));
        Assert.Contains("<h2 id=\"causes\">Causes fréquentes</h2>", swiss, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_choice_wins_over_accept_language_and_is_kept_with_the_person()
    {
        using var browser = Browser();
        var chose = await browser.ChooseAsync("es");

        Assert.Equal(HttpStatusCode.Redirect, chose.StatusCode);
        Assert.Equal("/about", chose.Headers.Location!.OriginalString);
        var cookie = chose.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(LanguagePreference.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var (html, _) = await browser.PageAsync("/about", "de, fr;q=0.9");
        Assert.Equal("es", LanguageClient.HtmlLang(html));
        Assert.Contains("<h2 id=\"causes\">Causas frecuentes</h2>", html, StringComparison.Ordinal);

        // Kept with the person's data too: another browser, without the cookie, gets it (and the cookie with it).
        await using (var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(_app.DatabasePath), TimeProvider.System))
        {
            Assert.Equal("{\"Language\":\"es\"}", await store.GetDocumentAsync(UserDocuments.Language));
        }

        using var other = Browser();
        var (elsewhere, response) = await other.PageAsync("/about", "fr");
        Assert.Equal("es", LanguageClient.HtmlLang(elsewhere));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(LanguagePreference.CookieName + "=es.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Automatic_forgets_the_choice_and_a_language_Supple_does_not_speak_is_refused()
    {
        using var browser = Browser();
        await browser.ChooseAsync("de");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.ChooseAsync("auto")).StatusCode);

        var (html, _) = await browser.PageAsync("/about", "fr");
        Assert.Equal("fr", LanguageClient.HtmlLang(html));
        await using (var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(_app.DatabasePath), TimeProvider.System))
        {
            Assert.Null(await store.GetDocumentAsync(UserDocuments.Language));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await browser.ChooseAsync("ja")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.ChooseAsync("<script>")).StatusCode);
    }

    [Fact]
    public async Task The_language_page_lists_each_language_by_its_own_name_and_marks_the_choice()
    {
        using var browser = Browser();
        await browser.ChooseAsync("fr");
        var (html, _) = await browser.PageAsync("/language", "de");

        Assert.Equal("fr", LanguageClient.HtmlLang(html));
        Assert.Contains("<h1>Langue</h1>", html, StringComparison.Ordinal);
        foreach (var name in new[] { "English", "Deutsch", "Español", "Français" })
        {
            Assert.Contains($"> {name}</label>", html, StringComparison.Ordinal);
        }

        Assert.Matches("value=\"fr\" checked", html);
    }

    [Fact]
    public async Task Under_the_pseudo_locale_every_text_of_the_about_page_is_translated()
    {
        using var browser = Browser();
        var (html, _) = await browser.PageAsync("/about", PseudoLocale.Name);
        var main = MainElement().Match(html).Groups[1].Value;

        // Reference titles stay as published; every other piece of text went through the translation path.
        var withoutReferences = References().Replace(main, "");
        var texts = Tags().Split(withoutReferences).Select(t => t.Trim()).Where(t => t.Length > 0 && !Citation().IsMatch(t)).ToList();
        Assert.True(texts.Count > 20, main);
        Assert.All(texts, t => Assert.True(PseudoLocale.IsTransformed(t), $"not translated: {t}"));
        Assert.Contains("[Šöüŕçé: [Áŕţíçļé:", main, StringComparison.Ordinal);
    }

    [GeneratedRegex("<main[^>]*>(.*)</main>", RegexOptions.Singleline)]
    private static partial Regex MainElement();

    [GeneratedRegex("<ol class=\"references\">.*?</ol>", RegexOptions.Singleline)]
    private static partial Regex References();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^\[\d+\]$")]
    private static partial Regex Citation();
}
