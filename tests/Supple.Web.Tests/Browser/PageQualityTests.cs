using System.Net.Http.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>Accessibility (axe-core), the player's first-load weight, narrow screens, and screenshots to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageQualityTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    public const long PlayerBudgetBytes = 100 * 1024;

    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static TheoryData<string> Pages => ["/", "/library", "/library/cat-camel", "/library/upper-trapezius-stretch", "/about", "/history", "/no-such-page"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_has_serious_or_critical_axe_violations(string path)
    {
        await SeedHistoryAsync();
        await Page.GotoAsync(Url(path));
        AssertNoSeriousViolations(await Page.RunAxe(), path);
    }

    [Fact]
    public async Task No_player_screen_has_serious_or_critical_axe_violations()
    {
        await Page.Clock.InstallAsync();
        await Page.GotoAsync(Url("/player?level=gentle&only=cat-camel"));
        await Page.Locator("#screen-disclaimer:not([hidden])").WaitForAsync();
        AssertNoSeriousViolations(await Page.RunAxe(), "player: disclaimer");
        await Page.ClickAsync("#accept-disclaimer");
        await Page.Locator("#screen-before:not([hidden])").WaitForAsync();
        AssertNoSeriousViolations(await Page.RunAxe(), "player: before");
        await StartAsync(painBefore: 3);
        await Page.Clock.RunForAsync(12_000);
        AssertNoSeriousViolations(await Page.RunAxe(), "player: playing");
        await Page.ClickAsync("#hurt");
        await Page.Locator("#screen-stopped:not([hidden])").WaitForAsync();
        AssertNoSeriousViolations(await Page.RunAxe(), "player: stopped");
    }

    [Fact]
    public async Task The_end_of_a_session_has_no_serious_or_critical_axe_violations_and_readable_buttons()
    {
        await OpenPlayerAsync("level=gentle&only=childs-pose");
        await StartAsync(painBefore: 5);
        await RunUntilAsync("#screen-after", maxSeconds: 100);
        AssertNoSeriousViolations(await Page.RunAxe(), "player: after");
        await Page.Locator("#screen-after .pain-scale label:has(input[value=\"2\"])").ClickAsync();
        await Page.ClickAsync("#finish");
        await Page.Locator("#screen-done").WaitForAsync();
        AssertNoSeriousViolations(await Page.RunAxe(), "player: done");
        var back = Page.Locator("#screen-done a.button.primary");
        Assert.Equal("Back to today", (await back.InnerTextAsync()).Trim());
        var colours = await back.EvaluateAsync<string[]>("a => [getComputedStyle(a).color, getComputedStyle(a).backgroundColor]");
        Assert.NotEqual(colours[1], colours[0]); // the text is not drawn in the button's own colour
    }

    [Fact]
    public async Task The_player_first_load_with_its_pictures_is_at_most_100_KB()
    {
        var responses = new List<IResponse>();
        Page.Response += (_, response) => responses.Add(response);
        await Page.Clock.InstallAsync();
        await Page.GotoAsync(Url("/player"));
        await Page.ClickAsync("#accept-disclaimer");
        await Page.Locator("#screen-before:not([hidden])").WaitForAsync();
        await StartAsync(painBefore: null);
        await Page.WaitForFunctionAsync("() => { const i = document.getElementById('pose'); return i.complete && i.naturalWidth > 0; }");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        long total = 0;
        var lines = new List<string>();
        foreach (var response in responses.ToList())
        {
            var sizes = await response.Request.SizesAsync();
            var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            total += bytes;
            lines.Add($"{bytes,7} {response.Url}");
        }

        Assert.Contains(responses, r => r.Url.Contains("/img/stretches/", StringComparison.Ordinal));
        Assert.Contains(responses, r => r.Url.Contains("/api/v1/timeline", StringComparison.Ordinal));
        Assert.True(total <= PlayerBudgetBytes, $"The player's first load moved {total} bytes (budget {PlayerBudgetBytes}):\n{string.Join('\n', lines)}");
        Directory.CreateDirectory(ScreenshotFolder);
        await File.WriteAllTextAsync(Path.Combine(ScreenshotFolder, "player-first-load.txt"), $"{total} bytes in all\n{string.Join('\n', lines)}\n");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    public async Task Pages_fit_a_narrow_phone_without_sideways_scrolling(int width)
    {
        await SeedHistoryAsync();
        await Page.SetViewportSizeAsync(width, 740);
        foreach (var path in new[] { "/", "/library", "/library/thoracic-extension", "/about", "/history" })
        {
            await Page.GotoAsync(Url(path));
            var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{path} is {scrollWidth}px wide at a {width}px viewport.");
        }

        await OpenPlayerAsync("level=gentle&only=seated-twist");
        await StartAsync(painBefore: null);
        var playerWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(playerWidth <= width, $"The player is {playerWidth}px wide at a {width}px viewport.");
        foreach (var control in new[] { "#pause", "#skip", "#skip-stretch", "#hurt", "#voice-toggle", "#beep-toggle" })
        {
            Assert.True(await Page.Locator(control).IsVisibleAsync(), $"{control} is not visible at {width}px.");
        }
    }

    [Fact]
    public async Task Every_control_of_the_player_is_reachable_by_keyboard()
    {
        await OpenPlayerAsync("level=gentle&only=cat-camel");
        await StartAsync(painBefore: null);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            reached.Add(await Page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.tagName"));
        }

        foreach (var control in new[] { "pause", "skip", "skip-stretch", "hurt", "voice-toggle", "beep-toggle" })
        {
            Assert.Contains(control, reached);
        }

        await Page.Keyboard.PressAsync("h");
        await Page.Locator("#screen-stopped:not([hidden])").WaitForAsync();
    }

    [Fact]
    public async Task Screenshots_of_every_page_at_desktop_and_phone_widths()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await SeedHistoryAsync();
        foreach (var (name, width, height) in new[] { ("desktop", 1280, 800), ("phone", 375, 740), ("narrow", 320, 740) })
        {
            await Page.SetViewportSizeAsync(width, height);
            foreach (var path in new[] { "/", "/library", "/library/cat-camel", "/about", "/history" })
            {
                await Page.GotoAsync(Url(path));
                var file = Path.Combine(ScreenshotFolder, $"{name}{(path == "/" ? "-today" : path.Replace('/', '-'))}.png");
                await Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 0);
            }
        }

        // A different stretch each time: a stretch that hurts twice in 7 days is paused, and the player then refuses it.
        foreach (var (name, width, height, stretch) in new[] { ("desktop", 1280, 800, "cat-camel"), ("phone", 375, 740, "upper-trapezius-stretch"), ("narrow", 320, 740, "chest-opener") })
        {
            var page = await Context.NewPageAsync();
            await page.SetViewportSizeAsync(width, height);
            await page.Clock.InstallAsync();
            await page.GotoAsync(Url($"/player?level=gentle&only={stretch}"));
            await page.Locator("#screen-before:not([hidden])").WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{name}-player-before.png"), FullPage = true });
            await page.ClickAsync("#start");
            await page.Locator("#screen-play:not([hidden])").WaitForAsync();
            await page.Clock.RunForAsync(12_000);
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{name}-player-playing.png") });
            await page.ClickAsync("#hurt");
            await page.Locator("#stopped-saved:has-text('is saved, and that it hurt')").WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{name}-player-stopped.png"), FullPage = true });
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_api_docs_page_loads_everything_from_the_app_itself()
    {
        var requests = new List<string>();
        Page.Request += (_, request) => requests.Add(request.Url);
        await Page.GotoAsync(Url("/docs"));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(requests, r => r.Contains("/openapi/v1.json", StringComparison.Ordinal));
        await Page.GetByText("Sessions").First.WaitForAsync();
        var elsewhere = requests.Where(r => r.StartsWith("http", StringComparison.Ordinal) && new Uri(r).Host != App.BaseAddress.Host).ToList();
        Assert.True(elsewhere.Count == 0, "Requests to other hosts: " + string.Join(", ", elsewhere));
    }

    internal static void AssertNoSeriousViolations(AxeResult result, string where)
    {
        Assert.True(result.Passes.Length > 10, $"{where}: axe-core checked almost nothing ({result.Passes.Length} rules passed).");
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{where}: " + string.Join("; ", bad.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>A little history through the API, so the history page and today's figures have something to show.</summary>
    private async Task SeedHistoryAsync()
    {
        using var client = App.CreateClient();
        await client.PostAsJsonAsync("/api/v1/disclaimer/acceptance", new { }, SuppleApp.Json);
        var start = await client.PostAsJsonAsync("/api/v1/sessions", new { level = "gentle", only = new[] { "cat-camel" }, painBefore = 5 }, SuppleApp.Json);
        var id = (await start.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt64();
        await SessionBodies.PlayAllAsync(client, id);
        await client.PostAsJsonAsync($"/api/v1/sessions/{id}/finish", new { painAfter = 3 }, SuppleApp.Json);
        await client.PostAsJsonAsync("/api/v1/pain", new { score = 4, note = "desk day" }, SuppleApp.Json);
    }
}
