using Supple.Core.Localization;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// The player in the person's language: the programme's names and steps, the screens' words, the scripts' sentences
/// and plural forms, and the spoken cues (with the utterance's language and a voice of it). The language comes from
/// the language cookie (what the language page keeps).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlayerLanguageTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    // Records each utterance's text, language and voice; the device has an English and a German voice.
    private const string Voices = """
        window.__spoken = [];
        const voices = [{ name: 'Daniel', lang: 'en-GB', default: true }, { name: 'Anna', lang: 'de-DE', default: false }];
        window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; } };
        Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
          getVoices: () => voices,
          speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null }),
          cancel: () => {} } });
        """;

    // The language chosen on the language page, as its cookie keeps it (the browser itself says en-GB).
    private Task SpeakAsync(string language) =>
        Context.AddCookiesAsync([new() { Name = Supple.Web.Localization.LanguagePreference.CookieName, Value = language, Url = Url("/") }]);

    [Fact]
    public async Task A_German_session_shows_German_names_and_words_and_speaks_German_cues_with_a_German_voice()
    {
        await SpeakAsync("de-DE");
        await Page.AddInitScriptAsync(Voices);
        await OpenPlayerAsync("level=gentle&only=shoulder-blade-squeeze,cat-camel", pauseClock: true);

        Assert.Equal("de-DE", await Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Bereit?", await TextAsync("#before-title"));
        var summary = await TextAsync("#routine-summary");
        Assert.StartsWith("2 Dehnübungen (Schulterblätter zusammenziehen, Katze-Kamel-Dehnung), etwa ", summary, StringComparison.Ordinal);
        Assert.EndsWith(", Stufe sanft.", summary, StringComparison.Ordinal);
        Assert.Equal("Los geht’s", await TextAsync("#start"));

        await StartAsync(painBefore: 2);
        Assert.StartsWith("Schulterblätter zusammenziehen · 1\u00a0von\u00a02", await TextAsync("#stretch-name"), StringComparison.Ordinal);
        Assert.Equal("In Position gehen", await TextAsync("#step-kind"));
        Assert.Equal("Pause", await TextAsync("#pause"));
        Assert.Equal("Das tut weh – aufhören", await TextAsync("#hurt"));
        Assert.Matches(@"^noch \d+:\d\d$", await TextAsync("#progress-text"));
        var instruction = await TextAsync("#instruction");
        var spoken = await Page.EvaluateAsync<Utterance[]>("() => window.__spoken");
        Assert.Equal([new Utterance { Text = instruction, Lang = "de-DE", Voice = "Anna" }], spoken);

        await Page.Clock.RunForAsync(10_500); // into the first hold
        Assert.Equal("Halten", await TextAsync("#step-kind"));
        Assert.Matches(@"^Wiederholung 1 von \d+$", await TextAsync("#counters"));
        spoken = await Page.EvaluateAsync<Utterance[]>("() => window.__spoken");
        Assert.Equal(2, spoken.Length);
        Assert.Equal(new Utterance { Text = await TextAsync("#instruction"), Lang = "de-DE", Voice = "Anna" }, spoken[1]);
        Assert.NotEqual(instruction, spoken[1].Text);

        await Page.Keyboard.PressAsync("Space");
        Assert.Equal("Weiter", await TextAsync("#pause"));
        Assert.Equal("Pausiert.", await TextAsync("#announcer"));
        await Page.Keyboard.PressAsync("Space");

        // To the end: the records keep the programme's ids, whatever the language the steps were shown in.
        await Page.Keyboard.PressAsync("Shift+N");
        await Page.Locator("#stretch-name:has-text('Katze-Kamel-Dehnung')").WaitForAsync();
        Assert.StartsWith("Als Nächstes: ", await TextAsync("#next"), StringComparison.Ordinal);
        await Page.Keyboard.PressAsync("Shift+N");
        await Page.Locator("#screen-after:not([hidden])").WaitForAsync();
        Assert.Equal("Gut gemacht", await TextAsync("#after-title"));
        Assert.Equal("Du hast 2 Dehnübungen bis zum Ende gemacht.", await TextAsync("#after-text"));
        await Page.Locator("#screen-after .pain-scale label:has(input[value=\"1\"])").ClickAsync();
        await Page.ClickAsync("#finish");
        await Page.Locator("#done-title[data-state='saved']").WaitForAsync();
        Assert.Equal("Gespeichert", await TextAsync("#done-title"));
        Assert.Equal("Deine Sitzung steht in deinem Verlauf.", await TextAsync("#done-text"));

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(["shoulder-blade-squeeze", "cat-camel"], session.Stretches.Select(s => s.StretchId).Distinct());
        Assert.Equal("built-in", session.ProgrammeName);
    }

    [Fact]
    public async Task Under_the_pseudo_locale_every_screen_and_the_leave_dialog_have_no_English_and_nothing_clipped_at_360px()
    {
        await Page.SetViewportSizeAsync(360, 780);
        await SpeakAsync(PseudoLocale.Name);
        await Page.AddInitScriptAsync(Voices);
        var t0 = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
        await Page.Clock.InstallAsync(new() { TimeDate = t0 });
        await Page.Clock.PauseAtAsync(t0.AddSeconds(1));
        await Page.GotoAsync(Url("/player?level=gentle&only=shoulder-blade-squeeze,cat-camel"));

        await ScreenAsync("#screen-disclaimer");
        await Page.ClickAsync("#accept-disclaimer");
        await ScreenAsync("#screen-before");
        await StartAsync(painBefore: 3);
        await ScreenAsync("#screen-play");
        await Page.Clock.RunForAsync(10_500);
        await ScreenAsync("#screen-play"); // a hold, with its counters
        Assert.All(await Page.EvaluateAsync<Utterance[]>("() => window.__spoken"), u => Assert.Equal(PseudoLocale.Name, u.Lang, ignoreCase: true));

        await Page.Keyboard.PressAsync("Space");
        await ScreenAsync("#screen-play"); // paused
        await Page.ClickAsync("#leave");
        await ScreenAsync("#leave-dialog");
        await Page.ClickAsync("#leave-stay");

        await Page.ReloadAsync();
        await ScreenAsync("#screen-resume");
        await Page.ClickAsync("#resume-continue");
        await Page.Locator("#screen-play:not([hidden])").WaitForAsync();
        await Page.Keyboard.PressAsync("Shift+N");
        await Page.Keyboard.PressAsync("Shift+N");
        await ScreenAsync("#screen-after");
        await Page.Locator("#screen-after .pain-scale label:has(input[value=\"1\"])").ClickAsync();
        await Page.ClickAsync("#finish");
        await Page.Locator("#done-title[data-state='saved']").WaitForAsync();
        await ScreenAsync("#screen-done");

        await Page.GotoAsync(Url("/player?level=gentle&only=cat-camel"));
        await Page.Locator("#screen-before:not([hidden])").WaitForAsync();
        await StartAsync(painBefore: null);
        await Page.Keyboard.PressAsync("h");
        await Page.Locator("#stopped-saved").WaitForAsync();
        await Page.WaitForFunctionAsync("() => document.getElementById('stopped-saved').textContent.startsWith('[')");
        await ScreenAsync("#screen-stopped");
    }

    [Fact]
    public async Task The_worker_never_serves_a_page_or_timeline_kept_in_another_language()
    {
        const string Query = "level=gentle&only=shoulder-blade-squeeze";
        await SpeakAsync("de");
        await SessionQueuePage.OpenControlledAsync(Page, Url("/"));
        await OpenPlayerAsync(Query);
        await SessionQueuePage.WaitForKeptAnswersAsync(Page);
        Assert.Contains(await ServiceWorkerPage.CacheNamesAsync(Page), n => n.StartsWith("supple-pages-", StringComparison.Ordinal) && n.EndsWith("~de", StringComparison.Ordinal));

        // The person now reads English: the first English answer drops the German pages and timelines.
        await SpeakAsync("en");
        await OpenPlayerAsync(Query);
        var pages = (await ServiceWorkerPage.CacheNamesAsync(Page)).Where(n => n.StartsWith("supple-pages-", StringComparison.Ordinal)).ToList();
        Assert.Equal("~en", pages.Single()[^3..]);

        await Context.SetOfflineAsync(true);
        await Page.GotoAsync(Url("/player?" + Query));
        await Page.Locator("#screen-before:not([hidden])").WaitForAsync();
        Assert.Equal("en", await Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Ready?", await TextAsync("#before-title"));
        Assert.StartsWith("1 stretch (Shoulder blade squeeze), about ", await TextAsync("#routine-summary"), StringComparison.Ordinal);
        await StartAsync(painBefore: null);
        Assert.StartsWith("Shoulder blade squeeze · 1 of 1", await TextAsync("#stretch-name"), StringComparison.Ordinal);
        Assert.Equal("Get into position", await TextAsync("#step-kind"));
    }

    [Theory]
    [InlineData("en", "Hold")]
    [InlineData("de", "Halten")]
    [InlineData("es", "Mantén")]
    [InlineData("fr", "Tenez")]
    [InlineData("qps-ploc", "[Ĥöļđ")]
    public async Task The_playing_screen_in_each_language_fits_a_phone_and_a_laptop(string language, string hold)
    {
        await SpeakAsync(language);
        await Page.AddInitScriptAsync(Voices);
        await OpenPlayerAsync("level=gentle&only=upper-trapezius-stretch", pauseClock: true);
        await StartAsync(painBefore: null);
        await Page.Clock.RunForAsync(10_500); // into the first hold, with its counters and side
        Assert.StartsWith(hold, await TextAsync("#step-kind"), StringComparison.Ordinal);

        Directory.CreateDirectory(PageCheck.ScreenshotFolder);
        foreach (var (width, height, name) in new[] { (360, 780, "phone"), (1280, 800, "desktop") })
        {
            await Page.SetViewportSizeAsync(width, height);
            await Page.ScreenshotAsync(new() { Path = Path.Combine(PageCheck.ScreenshotFolder, $"{name}-player-playing-{language}.png") });
            Assert.True(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, $"{language}: wider than {width} px");
            // On a laptop (1280×800 is a common one) the whole running screen, down to the sound toggles, without
            // scrolling. On a phone they may sit below the fold: the controls come first there.
            Assert.True(
                width < 1280 || await Page.EvaluateAsync<bool>("() => document.querySelector('#screen-play .toggles').getBoundingClientRect().bottom <= window.innerHeight"),
                $"{language}: the sound toggles are below the fold at {width}×{height}");
            var clipped = await Page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('#screen-play *')]
                  .filter((el) => el.getClientRects().length && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && !el.closest('.visually-hidden'))
                  .map((el) => el.id || el.className || el.tagName)
                """);
            Assert.Empty(clipped);
        }
    }

    /// <summary>
    /// Every text of the visible screen went through the translation path (no plain ASCII letter outside the allowed
    /// words), and nothing in it is wider than its box or the 360 px page.
    /// </summary>
    private async Task ScreenAsync(string selector)
    {
        var screen = Page.Locator($"{selector}:not([hidden])");
        await screen.WaitForAsync();
        // Keys on a keyboard (kbd) are the same in every language.
        var texts = await screen.EvaluateAsync<string[]>("""
            (root) => {
              const skip = (el) => el.closest('[hidden], kbd');
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              const out = [];
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const text = n.textContent.trim();
                if (text && !skip(n.parentElement) && n.parentElement.getClientRects().length) out.push(text);
              }
              for (const el of root.querySelectorAll('[aria-label], img[alt]')) {
                if (!skip(el)) out.push(el.getAttribute('aria-label') || el.getAttribute('alt'));
              }
              return out;
            }
            """);
        Assert.True(texts.Length > 1, $"{selector}: no text");
        foreach (var text in texts)
        {
            // Allowed: the name, key caps (N, Shift+N), and a month as Intl writes dates for the pseudo-locale (as English).
            var rest = System.Text.RegularExpressions.Regex.Replace(text, @"\bSupple\b|\bShift\b|\b[A-Z]\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b", "");
            Assert.False(rest.Any(char.IsAsciiLetter), $"{selector}: not translated: {text}");
        }

        var clipped = await screen.EvaluateAsync<string[]>("""
            (root) => [...root.querySelectorAll('*')]
              .filter((el) => el.getClientRects().length && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && !el.closest('.visually-hidden'))
              .map((el) => el.id || el.className || el.tagName)
            """);
        Assert.Empty(clipped);
        Assert.True(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360, $"{selector} is wider than 360 px");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(PageCheck.ScreenshotFolder, $"qps-ploc-player-{selector.TrimStart('#')}.png") });
    }

    private sealed record Utterance
    {
        public string Text { get; init; } = "";

        public string Lang { get; init; } = "";

        public string? Voice { get; init; }
    }
}
