using Microsoft.Playwright;

namespace Supple.Web.Tests.Infrastructure;

/// <summary>Helpers for pages with the offline session queue (wwwroot/js/session-queue.js, <c>self.SuppleSessions</c>).</summary>
public static class SessionQueuePage
{
    /// <summary>Loads <paramref name="url"/>, waits for the service worker to be active, and reloads so that it controls the page.</summary>
    public static async Task OpenControlledAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await ServiceWorkerPage.WaitForActiveWorkerAsync(page);
        await page.ReloadAsync();
        await ServiceWorkerPage.WaitForControllerAsync(page);
    }

    /// <summary>The account key of the page (its <c>supple-account</c> meta).</summary>
    public static async Task<string> AccountAsync(IPage page) =>
        (await page.Locator("meta[name=supple-account]").GetAttributeAsync("content"))!;

    /// <summary>
    /// Waits until the player has kept the safety answers of the page's account on the device (it writes them as it
    /// loads online), with the disclaimer accepted: only then can a session start offline.
    /// </summary>
    public static async Task WaitForKeptAnswersAsync(IPage page)
    {
        const string Kept = """
            async () => {
              const kept = await self.SuppleSessions.getMeta(document.querySelector('meta[name="supple-account"]').content, 'answers');
              return Boolean(kept && kept.acceptance && kept.acceptance.accepted);
            }
            """;
        for (var i = 0; i < 100 && !await page.EvaluateAsync<bool>(Kept); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await page.EvaluateAsync<bool>(Kept), "the safety answers were not kept on the device");
    }
}
