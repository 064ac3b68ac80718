using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// The pages in the person's language (single-user mode, on Kestrel): Today and the Library in German, with the
/// programme's German names; plurals, numbers and dates as each language writes them; English as it always was.
/// </summary>
public sealed partial class WebPagesLanguageTests : IAsyncLifetime
{
    private static readonly string[] GermanNames =
    [
        "Schulterblätter zusammenziehen", "Dehnung des oberen Trapezmuskels", "Katze-Kamel-Dehnung", "Streckung der Brustwirbelsäule",
        "Stellung des Kindes", "Brustöffner", "Drehung im Sitzen",
    ];

    private SuppleApp _app = null!;

    public async Task InitializeAsync() => _app = await SuppleApp.StartOnLoopbackAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private LanguageClient Browser() => new(_app.BaseAddress);

    [Fact]
    public async Task The_today_page_in_German()
    {
        using var browser = Browser();
        var (html, _) = await browser.PageAsync("/", "de-DE, en;q=0.5");

        Assert.Equal("de-DE", LanguageClient.HtmlLang(html));
        Assert.Contains("<title>Heute · Supple</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Heute</h1>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"start-today\">Heutige Übungen starten</a>", html, StringComparison.Ordinal);
        Assert.Contains("Alle sieben Übungen, jeweils in der Mitte des Bereichs.", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"label\">Tage in Folge</span>", html, StringComparison.Ordinal); // 0: other
        Assert.Contains(">Verlauf</a>", html, StringComparison.Ordinal);
        Assert.Contains("Supple ist keine medizinische Beratung.", html, StringComparison.Ordinal);
        Assert.Contains("Wenn eine Übung unerträglich schmerzt, hör sofort damit auf", html, StringComparison.Ordinal); // the programme's stop rule
        foreach (var name in GermanNames)
        {
            Assert.Contains($"> {name}</label>", html, StringComparison.Ordinal);
        }

        foreach (var english in new[] { "Start today’s stretches", "Shoulder blade squeeze", "day streak", "History</a>", "not medical advice" })
        {
            Assert.DoesNotContain(english, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_assessment_asks_in_each_readers_language_whoever_asked_first()
    {
        // The questions must not be kept from the first request the process served: English first, then German and
        // French, then English again, in one process.
        using var browser = Browser();
        var (english, _) = await browser.PageAsync("/assessment", "en");
        var (german, _) = await browser.PageAsync("/assessment", "de");
        var (french, _) = await browser.PageAsync("/assessment", "fr");
        var (again, _) = await browser.PageAsync("/assessment", "en");

        const string Slouch = "Do you often slouch, or hunch over a computer or workstation?";
        Assert.Contains(Slouch, english, StringComparison.Ordinal);
        Assert.Contains(Slouch, again, StringComparison.Ordinal);
        foreach (var other in new[] { german, french })
        {
            Assert.DoesNotContain(Slouch, other, StringComparison.Ordinal);
            Assert.DoesNotContain("Do you feel stressed or tense much of the time?", other, StringComparison.Ordinal);
        }

        Assert.NotEqual(Questions(german), Questions(french));
    }

    private static string Questions(string html) => string.Join('|', Regex.Matches(html, "<legend>(.*?)</legend>").Select(m => m.Groups[1].Value));

    [Fact]
    public async Task The_library_and_a_stretch_in_German()
    {
        using var browser = Browser();
        var (library, _) = await browser.PageAsync("/library", "de");

        Assert.Contains("<h1>Die sieben Übungen</h1>", library, StringComparison.Ordinal);
        Assert.Contains("id=\"start-library\">Alle sieben starten</a>", library, StringComparison.Ordinal);
        Assert.Equal(GermanNames, CardNames().Matches(library).Select(m => m.Groups[1].Value));
        Assert.Contains("Runden aus katze", library, StringComparison.OrdinalIgnoreCase); // cat-camel's flowing dosage
        Assert.Contains("s halten", library, StringComparison.Ordinal);
        Assert.Contains("jede Seite, zuerst rechts", library, StringComparison.Ordinal);

        var (stretch, _) = await browser.PageAsync("/library/cat-camel", "de");
        Assert.Contains("<h1>Katze-Kamel-Dehnung</h1>", stretch, StringComparison.Ordinal);
        Assert.Contains("<h2>Schritte</h2>", stretch, StringComparison.Ordinal);
        Assert.Contains("<h2>Die zwei Haltungen</h2>", stretch, StringComparison.Ordinal);
        Assert.Contains("src=\"/img/stretches/cat-camel-cat.svg\"", stretch, StringComparison.Ordinal); // pictures by the English ids
        Assert.Contains("alt=\"Zeichnung: Katze-Kamel-Dehnung\"", stretch, StringComparison.Ordinal); // German keeps its capitals
        Assert.Contains("<dt>Haltung</dt><dd>Im Vierfüßlerstand</dd>", stretch, StringComparison.Ordinal);
        Assert.Contains("<dd>Platz auf dem Boden</dd>", stretch, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/library/no-such");
        request.Headers.AcceptLanguage.ParseAdd("de");
        using var response = await browser.Http.SendAsync(request);
        var missing = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Es gibt keine Übung namens „no-such“.", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_counts_and_dates_follow_each_language_and_English_is_unchanged()
    {
        using (var client = _app.CreateClient())
        {
            await client.PostAsJsonAsync("/api/v1/disclaimer/acceptance", new { }, SuppleApp.Json);
            await SessionBodies.PlayedSessionAsync(client, ["cat-camel"], painBefore: 5, painAfter: 3);
        }

        using var browser = Browser();
        var (english, _) = await browser.PageAsync("/");
        Assert.Contains("<span class=\"value\" id=\"streak\">1</span> <span class=\"label\">day streak</span>", english, StringComparison.Ordinal);
        Assert.Contains("<span class=\"label\">day practised this week</span>", english, StringComparison.Ordinal);
        var (englishHistory, _) = await browser.PageAsync("/history");
        Assert.Contains("<td>1 done</td>", englishHistory, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"pain-heading\">Pain, last 30 days</h2>", englishHistory, StringComparison.Ordinal);
        Assert.Matches(@"<td>\d{1,2}\u00a0[A-Z][a-z]{2} \d\d:\d\d</td>", englishHistory);

        var (german, _) = await browser.PageAsync("/", "de");
        Assert.Contains("<span class=\"label\">Tag in Folge</span>", german, StringComparison.Ordinal);
        var (french, _) = await browser.PageAsync("/history", "fr");
        Assert.Contains("<td>1 fait</td>", french, StringComparison.Ordinal);
        Assert.Contains("Douleur, 30 derniers jours", french, StringComparison.Ordinal);
        Assert.Contains("<td class=\"outcome-completed\">terminée</td>", french, StringComparison.Ordinal);
        Assert.Contains("<span class=\"head\" aria-hidden=\"true\">lun.</span>", french, StringComparison.Ordinal);
        var (spanish, _) = await browser.PageAsync("/history", "es");
        Assert.Contains("Dolor, últimos 30 días", spanish, StringComparison.Ordinal);
        Assert.Contains("<td>1 hecho</td>", spanish, StringComparison.Ordinal);
    }

    [GeneratedRegex("class=\"card-link\">([^<]+)</a>")]
    private static partial Regex CardNames();
}
