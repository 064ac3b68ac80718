using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Supple.Web.Tests.Infrastructure;

/// <summary>
/// Looks at a page as a person would: axe-core finds no serious or critical problem, and screenshots at a desktop
/// (1280 px) and a phone (360 px) width are saved under <c>bin/…/screenshots/</c> to be opened and looked at; at the
/// phone width nothing scrolls sideways. The page is left at its original size.
/// </summary>
public static class PageCheck
{
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task LookAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotFolder);
        var result = await page.RunAxe();
        Assert.True(result.Passes.Length > 10, $"{name}: axe-core checked almost nothing ({result.Passes.Length} rules passed).");
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{name}: " + string.Join("; ", bad.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));

        var original = page.ViewportSize ?? new() { Width = 1280, Height = 800 };
        await page.SetViewportSizeAsync(1280, 800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"desktop-{name}.png"), FullPage = true });
        await page.SetViewportSizeAsync(360, 740);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"phone-{name}.png"), FullPage = true });
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"{name} is {width}px wide at a 360px viewport.");
        await page.SetViewportSizeAsync(original.Width, original.Height);
    }
}
