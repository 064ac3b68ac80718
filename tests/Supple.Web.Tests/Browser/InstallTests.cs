using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// Supple as an installable app in Debian's chromium: the browser's own installability checks find nothing wrong, and
/// the service worker controls the page after a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InstallTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    private readonly BrowserFixture _browser = browser;

    [Fact]
    public async Task Chromium_finds_the_app_installable_and_the_service_worker_controls_the_page_after_a_reload()
    {
        // Chromium never offers to install from an incognito window, and every context of the shared browser is one.
        var profile = Directory.CreateTempSubdirectory("supple-chromium-profile-").FullName;
        try
        {
            await using var context = await _browser.LaunchProfileAsync(profile);
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            await page.GotoAsync(Url("/"));
            await ServiceWorkerPage.WaitForActiveWorkerAsync(page);
            await page.ReloadAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"), "no service worker controls the page after a reload");
            Assert.Equal(Url("/sw.js"), await page.EvaluateAsync<string>("() => navigator.serviceWorker.controller.scriptURL"));

            var cdp = await context.NewCDPSessionAsync(page);
            var manifest = await cdp.SendAsync("Page.getAppManifest");
            Assert.Equal(Url("/manifest.webmanifest"), manifest!.Value.GetProperty("url").GetString());
            Assert.Empty(manifest.Value.GetProperty("errors").EnumerateArray());

            var installability = await cdp.SendAsync("Page.getInstallabilityErrors");
            var errors = installability!.Value.GetProperty("installabilityErrors").EnumerateArray()
                .Select(e => e.GetProperty("errorId").GetString()).ToList();
            Assert.True(errors.Count == 0, "Chromium's installability errors: " + string.Join(", ", errors));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    [Fact]
    public async Task Every_page_links_the_manifest_icons_and_theme_colour_and_the_favicon_is_not_a_404()
    {
        var notFound = new List<string>();
        Page.Response += (_, response) =>
        {
            if (response.Status == 404)
            {
                notFound.Add(response.Url);
            }
        };
        foreach (var path in new[] { "/", "/library", "/library/seated-twist", "/history", "/plan", "/about", "/player", "/offline" })
        {
            await Page.GotoAsync(Url(path));
            Assert.Equal("/manifest.webmanifest", await Page.GetAttributeAsync("link[rel=manifest]", "href"));
            Assert.Equal("/apple-touch-icon.png", await Page.GetAttributeAsync("link[rel=apple-touch-icon]", "href"));
            Assert.Equal("#1f6f68", await Page.GetAttributeAsync("meta[name=theme-color]", "content"));
        }

        // Browsers ask for /favicon.ico on their own, whatever the page links.
        var favicon = await Page.APIRequest.GetAsync(Url("/favicon.ico"));
        Assert.Equal(200, favicon.Status);
        Assert.Empty(notFound);
    }

    [Fact]
    public async Task The_content_security_policy_allows_the_worker_and_the_manifest_from_the_app_itself_only()
    {
        var response = await Page.GotoAsync(Url("/"));
        var csp = (await response!.AllHeadersAsync())["content-security-policy"];
        Assert.Contains("worker-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("manifest-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        var violations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await Page.ReloadAsync();
        await ServiceWorkerPage.WaitForActiveWorkerAsync(Page);
        Assert.Empty(violations);
    }
}
