using System.Net.Http.Json;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// The Today page in every shipped language and the pseudo-locale, on a phone and a laptop, as screenshots to look
/// at (<see cref="PageQualityTests.ScreenshotFolder"/>): no sideways scroll, and no button whose text wraps.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TodayScreenshotTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    private readonly BrowserFixture _browser = browser;

    public static TheoryData<string> Languages => ["en", "de", "es", "fr", "qps-ploc"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_today_page_fits_a_phone_and_a_laptop(string language)
    {
        using (var client = App.CreateClient())
        {
            await client.PostAsJsonAsync("/api/v1/disclaimer/acceptance", new { }, SuppleApp.Json);
            await SessionBodies.PlayedSessionAsync(client, ["cat-camel"], painBefore: 5, painAfter: 3);
        }

        Directory.CreateDirectory(PageQualityTests.ScreenshotFolder);
        foreach (var (width, height) in new[] { (360, 780), (1280, 800) })
        {
            await using var context = await _browser.Browser.NewContextAsync(new()
            {
                ViewportSize = new() { Width = width, Height = height },
                TimezoneId = "UTC",
                ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = language },
            });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            await page.GotoAsync(Url("/"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(PageQualityTests.ScreenshotFolder, $"today-{language}-{width}.png"), FullPage = true });

            Assert.Equal(language, await page.EvaluateAsync<string>("() => document.documentElement.lang"), ignoreCase: true);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{language}: {scrollWidth}px wide at {width}px");
            var wrapped = await page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('main a.button, main button')].filter(b => b.checkVisibility()).filter(b => {
                    const range = document.createRange(); range.selectNodeContents(b);
                    const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                    return lines.size > 1;
                  }).map(b => b.innerText.trim())
                """);
            Assert.True(wrapped.Length == 0 || width < 400, $"{language} at {width}px: buttons wrap: {string.Join(" | ", wrapped)}");
        }
    }
}
