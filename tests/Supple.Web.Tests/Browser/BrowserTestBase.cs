using Microsoft.Playwright;
using Supple.Data;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>A fresh app on Kestrel (127.0.0.1, a free port) over a fresh SQLite file, and a fresh browser page.</summary>
public abstract class BrowserTestBase(BrowserFixture browser) : IAsyncLifetime
{
    protected SuppleApp App { get; private set; } = null!;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    protected string Url(string path) => new Uri(App.BaseAddress, path).ToString();

    protected virtual ViewportSize Viewport => new() { Width = 1280, Height = 800 };

    public async Task InitializeAsync()
    {
        App = await SuppleApp.StartOnLoopbackAsync();
        Context = await browser.Browser.NewContextAsync(new() { ViewportSize = Viewport, Locale = "en-GB", TimezoneId = "UTC" });
        Page = await Context.NewPageAsync();
        // Generous: the whole suite runs its projects at once on two cores, where one navigation has taken over 15 s.
        Page.SetDefaultTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        await Context.CloseAsync();
        await App.DisposeAsync();
    }

    /// <summary>What the database file holds now, read with the store (not through the app).</summary>
    protected async Task<History> StoredHistoryAsync()
    {
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(App.DatabasePath), TimeProvider.System);
        return await store.GetHistoryAsync(null);
    }

    /// <summary>The summary figures the store keeps (streak, practised days), read with the store.</summary>
    protected async Task<Supple.Core.Statistics.PracticeStats> StoredStatsAsync()
    {
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(App.DatabasePath), TimeProvider.System);
        return await store.GetStatsAsync();
    }

    /// <summary>Opens the player on a fake clock, accepts the disclaimer when asked, and waits for the "Ready?" screen.</summary>
    /// <param name="query">The player's query string.</param>
    /// <param name="pauseClock">Stop the page's clock from flowing by itself: time then moves only when the test says.</param>
    protected async Task OpenPlayerAsync(string query, bool pauseClock = false)
    {
        var t0 = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
        await Page.Clock.InstallAsync(new() { TimeDate = t0 });
        if (pauseClock)
        {
            await Page.Clock.PauseAtAsync(t0.AddSeconds(1));
        }

        await Page.GotoAsync(Url("/player?" + query));
        var disclaimer = Page.Locator("#screen-disclaimer");
        await Page.Locator("#screen-disclaimer:not([hidden]), #screen-before:not([hidden]), #screen-resume:not([hidden]), #screen-error:not([hidden])").First.WaitForAsync();
        if (await disclaimer.IsVisibleAsync())
        {
            await Page.ClickAsync("#accept-disclaimer");
        }

        await Page.Locator("#screen-before:not([hidden]), #screen-resume:not([hidden]), #screen-error:not([hidden])").First.WaitForAsync();
        Assert.False(await Page.Locator("#screen-error").IsVisibleAsync(), await Page.Locator("#error-text").InnerTextAsync());
    }

    /// <summary>Chooses a pain score on the before screen and starts; waits until the first step shows.</summary>
    protected async Task StartAsync(int? painBefore)
    {
        if (painBefore is { } pain)
        {
            await Page.Locator($"#screen-before .pain-scale label:has(input[value=\"{pain}\"])").ClickAsync();
        }

        await Page.ClickAsync("#start");
        await Page.Locator("#screen-play").WaitForAsync();
    }

    /// <summary>Moves the page's clock on in steps of a second until the selector shows (or the limit is reached).</summary>
    protected async Task RunUntilAsync(string selector, int maxSeconds)
    {
        for (var i = 0; i < maxSeconds; i++)
        {
            if (await Page.Locator(selector).IsVisibleAsync())
            {
                return;
            }

            await Page.Clock.RunForAsync(1000);
        }

        Assert.True(await Page.Locator(selector).IsVisibleAsync(), $"{selector} did not show within {maxSeconds} s of page time.");
    }

    /// <summary>The element's text as written (not as CSS shows it, e.g. uppercased).</summary>
    protected async Task<string> TextAsync(string selector) => ((await Page.Locator(selector).TextContentAsync()) ?? "").Trim();
}
