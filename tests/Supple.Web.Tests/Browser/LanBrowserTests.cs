using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Deque.AxeCore.Playwright;
using Supple.Web.Tests.Infrastructure;
using Supple.Web.Tests.Serve;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// A phone's browser reaching <c>supple serve --lan</c> by the computer's network name: Debian's chromium, told to
/// trust this start's server certificate (<c>--ignore-certificate-errors-spki-list</c>, as installing the authority
/// does on a phone), and to resolve the computer's <c>.local</c> name to loopback, which the server treats as another
/// device (<c>Supple:Lan:TreatLoopbackAsRemote</c>). The origin is then HTTPS and not localhost, so the page is a
/// secure context only because the connection is trusted, as on the phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanBrowserTests(BrowserFixture browser) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-lan-browser-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Leaves a temp folder behind at worst.
        }
    }

    [Fact]
    public async Task After_pairing_on_the_network_name_the_service_worker_controls_the_page()
    {
        var data = Path.Combine(_folder, "data");
        await using var supple = LanTestServer.StartLan(data, LanTestServer.AsAnotherDevice);
        var port = await LanTestServer.HttpsPortAsync(supple);
        var code = await LanTestServer.PairingCodeAsync(supple);
        using var ca = LanTestServer.ReadAuthority(data);
        X509Certificate2? server = null;
        using (var client = LanTestServer.TrustingOnly(ca, port, "127.0.0.1", c => server = c))
        {
            await client.GetAsync("/lan/ca.crt");
        }

        Assert.NotNull(server);
        var networkName = server.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames().FirstOrDefault(n => n.EndsWith(".local", StringComparison.Ordinal));
        Assert.True(networkName is not null, "The server certificate names no .local host (this machine's host name is not a DNS label).");
        var spki = Convert.ToBase64String(SHA256.HashData(server.PublicKey.ExportSubjectPublicKeyInfo()));
        var origin = $"https://{networkName}:{port}";

        var profile = Path.Combine(_folder, "profile");
        await using var context = await browser.LaunchProfileAsync(profile, new() { Locale = "en-GB", TimezoneId = "UTC" }, extraArguments:
            [$"--ignore-certificate-errors-spki-list={spki}", $"--host-resolver-rules=MAP {networkName} 127.0.0.1"]);
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);

        // Unpaired: the pairing page, in a secure context (the certificate is trusted), with no service worker.
        await page.GotoAsync(origin + "/history");
        Assert.Equal(origin + "/lan/pair", page.Url);
        Assert.True(await page.EvaluateAsync<bool>("() => window.isSecureContext"), "the LAN origin is not a secure context");
        Assert.Null(await page.EvaluateAsync<string?>("async () => { const r = await navigator.serviceWorker.getRegistration(); return r ? r.scope : null; }"));

        // The pairing and certificate pages as a phone shows them: accessible, and saved to look at.
        await page.SetViewportSizeAsync(360, 780);
        await page.FillAsync("#code", code == "000000" ? "000001" : "000000");
        await page.ClickAsync("#pair");
        await page.WaitForSelectorAsync("#pair-error");
        PageQualityTests.AssertNoSeriousViolations(await page.RunAxe(), "lan: pair (wrong code)");
        Directory.CreateDirectory(PageQualityTests.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PageQualityTests.ScreenshotFolder, "phone-lan-pair.png"), FullPage = true });
        await page.ClickAsync("#certificate-link");
        await page.WaitForURLAsync(origin + "/lan/certificate");
        PageQualityTests.AssertNoSeriousViolations(await page.RunAxe(), "lan: certificate");
        await page.ScreenshotAsync(new() { Path = Path.Combine(PageQualityTests.ScreenshotFolder, "phone-lan-certificate.png"), FullPage = true });
        await page.GotoAsync(origin + "/lan/pair");

        await page.FillAsync("#code", code);
        await page.ClickAsync("#pair");
        await page.WaitForURLAsync(origin + "/");
        await ServiceWorkerPage.WaitForActiveWorkerAsync(page);
        await page.ReloadAsync();
        await ServiceWorkerPage.WaitForControllerAsync(page);
        Assert.Equal(origin + "/sw.js", await page.EvaluateAsync<string>("() => navigator.serviceWorker.controller.scriptURL"));
        Assert.Equal(200, await page.EvaluateAsync<int>("async () => (await fetch('/api/v1/stats')).status"));

        // The worker's precache (fetched without cookies) holds the real offline page, not the pairing page.
        var offline = await page.EvaluateAsync<string>("async () => { const r = await caches.match('/offline'); return r ? await r.text() : ''; }");
        Assert.Contains("You are offline", offline, StringComparison.Ordinal);
        Assert.DoesNotContain("Pair this device", offline, StringComparison.Ordinal);

        // Installable over the network name: chromium's own checks find nothing wrong.
        var cdp = await context.NewCDPSessionAsync(page);
        var manifest = await cdp.SendAsync("Page.getAppManifest");
        Assert.Equal(origin + "/manifest.webmanifest", manifest!.Value.GetProperty("url").GetString());
        Assert.Empty(manifest.Value.GetProperty("errors").EnumerateArray());
        var installability = await cdp.SendAsync("Page.getInstallabilityErrors");
        var errors = installability!.Value.GetProperty("installabilityErrors").EnumerateArray().Select(e => e.GetProperty("errorId").GetString()).ToList();
        Assert.True(errors.Count == 0, "Chromium's installability errors: " + string.Join(", ", errors));
    }
}
