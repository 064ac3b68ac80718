using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// A new deploy at the same address: the browser installs the new service worker, the page offers "A new version is
/// ready — Reload", and only the click hands the page to the new version (whose caches replace the old ones).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UpdateTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-update-tests-").FullName;
    private readonly int _port = FreePort();
    private SuppleApp? _app;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "en-GB", TimezoneId = "UTC" });
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private string Url(string path) => $"http://127.0.0.1:{_port}{path}";

    [Fact]
    public async Task A_new_deploy_shows_the_update_prompt_and_reload_switches_to_the_new_version()
    {
        _app = await SuppleApp.StartOnLoopbackAsync(_port, _folder, Deploy("one", change: null));
        await _page.GotoAsync(Url("/"));
        await ServiceWorkerPage.WaitForActiveWorkerAsync(_page);
        await _page.ReloadAsync();
        await ServiceWorkerPage.WaitForControllerAsync(_page);
        var first = await ServiceWorkerPage.ControllerVersionAsync(_page);
        Assert.True(await _page.Locator("#update-ready").IsHiddenAsync(), "the first install is not an update");

        // The next deploy changes one stylesheet: a different worker, under the same address and the same data.
        await _app.StopKeepingDataAsync();
        _app = await SuppleApp.StartOnLoopbackAsync(_port, _folder, Deploy("two", change: "css/site.css"));
        await _page.GotoAsync(Url("/library"));
        var banner = _page.Locator("#update-ready");
        await banner.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("A new version is ready.", (await banner.Locator("p").InnerTextAsync()).Trim());
        Assert.Equal("Reload", (await _page.Locator("#update-reload").InnerTextAsync()).Trim());
        await ScreenshotAsync("update-ready");

        // Until the person says so, the open page stays with the version it was loaded with.
        Assert.Equal(first, await ServiceWorkerPage.ControllerVersionAsync(_page));

        await _page.ClickAsync("#update-reload");
        await _page.WaitForFunctionAsync("() => document.readyState === 'complete' && !document.getElementById('update-reload').disabled");
        await ServiceWorkerPage.WaitForControllerAsync(_page);
        var second = await ServiceWorkerPage.ControllerVersionAsync(_page);
        Assert.NotEqual(first, second);
        Assert.True(await _page.Locator("#update-ready").IsHiddenAsync());
        Assert.Equal("The seven stretches", await _page.Locator("h1").InnerTextAsync());
        var caches = await ServiceWorkerPage.CacheNamesAsync(_page);
        Assert.Contains($"supple-static-{second}", caches);
        Assert.DoesNotContain($"supple-static-{first}", caches);
    }

    [Fact]
    public async Task The_same_deploy_started_again_offers_no_update()
    {
        _app = await SuppleApp.StartOnLoopbackAsync(_port, _folder, Deploy("one", change: null));
        await _page.GotoAsync(Url("/"));
        await ServiceWorkerPage.WaitForActiveWorkerAsync(_page);
        await _page.ReloadAsync();
        var first = await ServiceWorkerPage.ControllerVersionAsync(_page);

        await _app.StopKeepingDataAsync();
        _app = await SuppleApp.StartOnLoopbackAsync(_port, _folder, Deploy("again", change: null));
        await _page.GotoAsync(Url("/library"));
        await _page.EvaluateAsync("async () => { const r = await navigator.serviceWorker.getRegistration(); await r.update(); }");
        Assert.False(await _page.EvaluateAsync<bool>("async () => { const r = await navigator.serviceWorker.getRegistration(); return !!(r.installing || r.waiting); }"));
        Assert.True(await _page.Locator("#update-ready").IsHiddenAsync());
        Assert.Equal(first, await ServiceWorkerPage.ControllerVersionAsync(_page));
    }

    // A copy of the built wwwroot, with one file changed when asked: what a deploy of a new build puts on the server.
    private string Deploy(string name, string? change)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var target = Path.Combine(_folder, "www-" + name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        if (change is not null)
        {
            File.AppendAllText(Path.Combine(target, change), $"\n/* deploy {name} */\n");
        }

        return target;
    }

    private async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await _page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"desktop-{name}.png") });
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
