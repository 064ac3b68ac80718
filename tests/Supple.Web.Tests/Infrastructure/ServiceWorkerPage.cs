using Microsoft.Playwright;

namespace Supple.Web.Tests.Infrastructure;

/// <summary>Helpers for pages with Supple's service worker.</summary>
public static class ServiceWorkerPage
{
    /// <summary>
    /// Waits until the worker is active (the app shell is cached) and has kept the pages a person needs offline for
    /// the account of the page (what every page asks it to do once loaded).
    /// </summary>
    public static async Task WaitForActiveWorkerAsync(IPage page)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await page.EvaluateAsync<bool>("async () => { const r = await navigator.serviceWorker.getRegistration(); return !!(r && r.active && r.active.state === 'activated'); }"))
        {
            Assert.True(DateTime.UtcNow < deadline, "the service worker did not become active within 30 s");
            await Task.Delay(100);
        }

        await page.EvaluateAsync("""
            async () => {
              const registration = await navigator.serviceWorker.ready;
              await new Promise((resolve) => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve();
                registration.active.postMessage({ type: 'warm' }, [channel.port2]);
              });
            }
            """);
    }

    /// <summary>Waits until the page is controlled by a worker (after a reload, or once the first worker claimed it).</summary>
    public static async Task WaitForControllerAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

    /// <summary>The version (cache name hash) of the worker that controls the page.</summary>
    public static async Task<string> ControllerVersionAsync(IPage page) =>
        await page.EvaluateAsync<string>("""
            () => new Promise((resolve) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = (e) => resolve(e.data.version);
              navigator.serviceWorker.controller.postMessage({ type: 'version' }, [channel.port2]);
            })
            """);

    /// <summary>The names of the page's caches.</summary>
    public static async Task<IReadOnlyList<string>> CacheNamesAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => caches.keys()");
}
