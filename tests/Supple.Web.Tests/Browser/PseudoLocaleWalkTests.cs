using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supple.Core.Localization;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// Issue #17: every page under the pseudo-locale (<c>Accept-Language: qps-ploc</c>) in a real browser at 360 px, with
/// history, a plan and a refusal on record. A plain English word in what the page shows or says (innerText, and the
/// title, aria-label, placeholder and alt of what is visible) is a string that skipped the translation path; a text
/// cut off by its box, or a page that scrolls sideways, is a layout that does not take longer languages. The pages
/// are read from the app's endpoint data source: a new page fails here until it is walked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PseudoLocaleWalkTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    /// <summary>Pages walked by another test, each with where and why.</summary>
    private static readonly Dictionary<string, string> WalkedElsewhere = new(StringComparer.Ordinal)
    {
        ["/player"] = "the player's screens are i18n-player's (Player.cshtml and its scripts), walked by the player's own tests",
        ["/account/confirm-email"] = "multi-user only: AccountPagesPseudoLocaleTests",
        ["/account/forgot-password"] = "multi-user only: AccountPagesPseudoLocaleTests",
        ["/account/login"] = "multi-user only: AccountPagesPseudoLocaleTests",
        ["/account/login/two-factor"] = "multi-user only: AccountPagesPseudoLocaleTests",
        ["/account/passkeys"] = "multi-user only: AccountPagesPseudoLocaleTests",
        ["/account/register"] = "multi-user only: AccountPagesPseudoLocaleTests",
        ["/account/reset-password"] = "multi-user only: AccountPagesPseudoLocaleTests",
        ["/account/settings"] = "multi-user only: AccountPagesPseudoLocaleTests",
        ["/account/two-factor"] = "multi-user only: AccountPagesPseudoLocaleTests",
        ["/lan/pair"] = "supple serve --lan only (a served process with its own certificate): not walked yet",
        ["/lan/certificate"] = "supple serve --lan only (a served process with its own certificate): not walked yet",
    };

    /// <summary>
    /// Texts a page shows that are not words to translate, by CSS selector, each with why: titles kept as published and
    /// the person's own data. (Core's words — safety advice, the plan's reasons, the assessment's questions — are
    /// walked like the web's own: Core's resources translate them.)
    /// </summary>
    private static readonly Dictionary<string, string> NotTheWebsWords = new(StringComparer.Ordinal)
    {
        ["#refusal .sources a, #refusal .sources span"] = "the sources' titles, which stay as published",
        ["#account-email, #reset-email, #authenticator-key, .qr, #sessions strong"] = "the person's own data: an address, a key and its QR code, a browser's name",
    };

    /// <summary>Words that are the same in every language: the brand, names of languages, units.</summary>
    private static readonly HashSet<string> AllowedWords = new(StringComparer.Ordinal)
    {
        "Supple", "English", "Deutsch", "Español", "Français", "Qps", "UTC",
        "AM", "PM", // the pseudo-locale's culture formats times as English does
    };

    protected override ViewportSize Viewport => new() { Width = 360, Height = 780 };

    [Fact]
    public async Task Every_page_under_the_pseudo_locale_is_translated_whole_and_fits_a_phone()
    {
        var pages = App.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);

        await using var context = await NewPseudoContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();

        async Task Walk(string pattern, string path)
        {
            walked.Add(pattern);
            var response = await page.GotoAsync(Url(path));
            Assert.NotNull(response);
            problems.AddRange((await ProblemsAsync(page)).Select(p => $"{path}: {p}"));
        }

        // Nothing recorded yet.
        await Walk("/", "/");
        await Walk("/history", "/history");
        await Walk("/plan", "/plan");

        // History, pain and a plan on record: tables, the chart, the plan's list and the reminders.
        using (var client = App.CreateClient())
        {
            await SeedAsync(client);
            (await client.PostAsJsonAsync("/api/v1/assessment", AssessmentBodies.Answers(), SuppleApp.Json)).EnsureSuccessStatusCode();
        }

        foreach (var (pattern, path) in new[]
        {
            ("/", "/"), ("/history", "/history"), ("/plan", "/plan"), ("/plan", "/plan?made=1"), ("/library", "/library"),
            ("/library/{id}", "/library/cat-camel"), ("/library/{id}", "/library/thoracic-extension"),
            ("/library/{id}", "/library/upper-trapezius-stretch"), ("/library/{id}", "/library/42"),
            ("/about", "/about"), ("/language", "/language"), ("/offline", "/offline"), ("/assessment", "/assessment"),
        })
        {
            await Walk(pattern, path);
        }

        // A warning sign answered yes: every way in shows the refusal instead.
        using (var client = App.CreateClient())
        {
            (await client.PostAsJsonAsync("/api/v1/assessment", AssessmentBodies.Answers(redFlag: "fever"), SuppleApp.Json)).EnsureSuccessStatusCode();
        }

        foreach (var (pattern, path) in new[] { ("/", "/"), ("/plan", "/plan"), ("/assessment", "/assessment"), ("/library/{id}", "/library/cat-camel") })
        {
            await Walk(pattern, path);
        }

        var notWalked = pages.Where(p => !walked.Contains(p) && !WalkedElsewhere.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(notWalked.Count == 0, "Pages nobody walks under the pseudo-locale: " + string.Join(", ", notWalked));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<IBrowserContext> NewPseudoContextAsync() =>
        await BrowserFixtureAccess.Browser.NewContextAsync(new()
        {
            ViewportSize = Viewport,
            TimezoneId = "UTC",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = PseudoLocale.Name },
        });

    private BrowserFixture BrowserFixtureAccess { get; } = browser;

    private static async Task SeedAsync(HttpClient client)
    {
        await client.PostAsJsonAsync("/api/v1/disclaimer/acceptance", new { }, SuppleApp.Json);
        await SessionBodies.PlayedSessionAsync(client, ["cat-camel"], painBefore: 5, painAfter: 3);
        var open = await SessionBodies.StartAsync(client, new { level = "gentle", only = new[] { "childs-pose", "seated-twist" }, painBefore = 4 });
        await SessionBodies.PlayFirstStretchesAsync(client, open, 1);
        await client.PostAsJsonAsync("/api/v1/pain", new { score = 4, note = "desk day" }, SuppleApp.Json);
    }

    /// <summary>What is wrong with the page as shown: untranslated words, clipped texts, sideways scroll, its language.</summary>
    internal static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page)
    {
        var problems = new List<string>();
        var lang = await page.EvaluateAsync<string>("() => document.documentElement.lang");
        if (!string.Equals(lang, PseudoLocale.Name, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"<html lang=\"{lang}\">");
        }

        var texts = await page.EvaluateAsync<string[]>(
            """
            (skip) => {
              const skipped = skip.flatMap(s => [...document.querySelectorAll(s)]);
              // Reference titles and addresses stay as published (lang="en"); Core's words are checked by Core.
              for (const e of [...document.querySelectorAll('[lang="en"]'), ...skipped]) e.setAttribute('data-walk-skip', e.innerText ?? '');
              const hide = [...document.querySelectorAll('[data-walk-skip]')];
              const saved = hide.map(e => e.style.display);
              hide.forEach(e => e.style.display = 'none');
              const out = [document.body.innerText, document.title];
              for (const e of document.querySelectorAll('[title], [aria-label], [placeholder], img[alt]')) {
                if (e.closest('[data-walk-skip]') || !e.checkVisibility()) continue;
                for (const a of ['title', 'aria-label', 'placeholder', 'alt']) if (e.getAttribute(a)) out.push(e.getAttribute(a));
              }
              hide.forEach((e, i) => { e.style.display = saved[i]; e.removeAttribute('data-walk-skip'); });
              return out;
            }
            """, NotTheWebsWords.Keys.ToArray());
        foreach (var text in texts)
        {
            foreach (var line in text.Split('\n'))
            {
                var words = AsciiWord().Matches(line).Select(m => m.Value).Where(w => !AllowedWords.Contains(w)).ToList();
                if (words.Count > 0)
                {
                    problems.Add($"not translated: \"{line.Trim()}\" ({string.Join(" ", words)})");
                }
            }
        }

        var clipped = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('body *')].filter(e => {
                const s = getComputedStyle(e);
                const hides = [s.overflow, s.overflowX].some(o => o === 'hidden' || o === 'clip') || s.textOverflow === 'ellipsis';
                return hides && e.clientWidth > 2 && e.scrollWidth > e.clientWidth + 1 && e.innerText.trim() && e.checkVisibility();
              }).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}: ${e.innerText.trim().slice(0, 60)}`)
            """);
        problems.AddRange(clipped.Select(c => "clipped: " + c));
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var viewport = page.ViewportSize?.Width ?? 0;
        if (width > viewport)
        {
            problems.Add($"scrolls sideways: {width}px wide at {viewport}px");
        }

        return problems;
    }

    // A word of two or more plain ASCII letters: the pseudo-locale accents every letter it translates.
    [GeneratedRegex(@"(?<![\p{L}])[A-Za-z]{2,}(?![\p{L}])")]
    private static partial Regex AsciiWord();
}
