using System.Net.Http.Json;
using System.Text.Json;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// With the network cut (<c>context.SetOfflineAsync</c>) after one visit online, the pages a person needs and their
/// pictures load from the service worker's caches, and a page never kept shows the offline page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    private static readonly string[] Pages = ["/", "/library", "/library/upper-trapezius-stretch", "/library/cat-camel", "/history", "/plan", "/about", "/player"];

    [Fact]
    public async Task Pages_and_pictures_load_offline_after_one_online_visit()
    {
        await Page.GotoAsync(Url("/"));
        await ServiceWorkerPage.WaitForActiveWorkerAsync(Page);
        await Page.ReloadAsync();
        await ServiceWorkerPage.WaitForControllerAsync(Page);
        var headings = new Dictionary<string, string>();
        foreach (var path in Pages)
        {
            await Page.GotoAsync(Url(path));
            headings[path] = await Page.Locator("h1").First.InnerTextAsync();
        }

        await Context.SetOfflineAsync(true);
        var seen = App.Requests.All.Count;
        foreach (var path in Pages)
        {
            var response = await Page.GotoAsync(Url(path));
            Assert.True(response is { Ok: true }, $"{path} did not load offline");
            Assert.Equal(headings[path], await Page.Locator("h1").First.InnerTextAsync());
            Assert.True(await Page.Locator("link[rel=stylesheet]").EvaluateAsync<bool>("l => l.sheet !== null && l.sheet.cssRules.length > 0"), $"{path}: no stylesheet offline");
            await Page.Locator("main img").EvaluateAllAsync<int>("imgs => { imgs.forEach(i => { i.loading = 'eager'; }); return imgs.length; }");
            await Page.WaitForFunctionAsync("() => [...document.querySelectorAll('main img')].every(i => i.complete)");
            var broken = await Page.Locator("main img").EvaluateAllAsync<string[]>("imgs => imgs.filter(i => i.naturalWidth === 0 && !i.src.startsWith('data:')).map(i => i.src)");
            Assert.True(broken.Length == 0, $"{path}: pictures missing offline: {string.Join(", ", broken)}");
        }

        var library = await Page.GotoAsync(Url("/library"));
        Assert.True(await Page.Locator("main img").CountAsync() >= 7);
        Assert.True(library!.FromServiceWorker);

        // Nothing reached the server while the network was cut: all of it came from the worker's caches. (Chromium's
        // own check for a newer /sw.js on each navigation is not covered by Playwright's offline emulation, and is
        // not the app's doing: it is left out.)
        var reached = App.Requests.All.Skip(seen).Where(r => r != "GET /sw.js").ToList();
        Assert.True(reached.Count == 0, "requests reached the server while offline: " + string.Join(", ", reached));
    }

    [Fact]
    public async Task A_page_never_kept_shows_the_offline_page_and_the_site_works_again_when_the_network_is_back()
    {
        await Page.GotoAsync(Url("/"));
        await ServiceWorkerPage.WaitForActiveWorkerAsync(Page);
        await Context.SetOfflineAsync(true);
        await Page.GotoAsync(Url("/assessment"));
        Assert.Equal("You are offline", await Page.Locator("h1").InnerTextAsync());
        Assert.Equal("/", await Page.Locator(".offline-links a").First.GetAttributeAsync("href"));

        await Context.SetOfflineAsync(false);
        await Page.GotoAsync(Url("/assessment"));
        Assert.NotEqual("You are offline", await Page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_page_shows_what_was_last_seen_online_and_is_refreshed_from_the_network_when_online()
    {
        await Page.GotoAsync(Url("/"));
        await ServiceWorkerPage.WaitForActiveWorkerAsync(Page);
        await Page.ReloadAsync();
        Assert.Equal("0", await Page.Locator("#streak").InnerTextAsync());

        // A session done elsewhere (the terminal, another device): online, the page shows it at once.
        using var client = App.CreateClient();
        var start = await client.PostAsJsonAsync("/api/v1/sessions", new { level = "gentle", only = new[] { "cat-camel" } }, SuppleApp.Json);
        var started = await start.Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("id").GetInt64();
        var steps = started.GetProperty("timeline").GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() != "done")
            .Select(s => new { step = s.GetProperty("index").GetInt32(), end = "played", seconds = s.GetProperty("durationSeconds").GetDouble() })
            .ToList();
        (await client.PostAsJsonAsync($"/api/v1/sessions/{id}/steps", new { steps }, SuppleApp.Json)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/v1/sessions/{id}/finish", new { painAfter = 2 }, SuppleApp.Json)).EnsureSuccessStatusCode();
        await Page.ReloadAsync();
        Assert.Equal("1", await Page.Locator("#streak").InnerTextAsync());

        await Context.SetOfflineAsync(true);
        await Page.ReloadAsync();
        Assert.Equal("1", await Page.Locator("#streak").InnerTextAsync());
    }
}
