using Microsoft.Playwright;

namespace Supple.Web.Tests.Accounts;

/// <summary>What a person does on the account pages in the browser, shared by the browser tests of accounts.</summary>
public static class AccountSteps
{
    /// <summary>A fresh browser context (1280 × 800, British English, UTC) and a page in it.</summary>
    public static async Task<(IBrowserContext Context, IPage Page)> OpenAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "en-GB", TimezoneId = "UTC" });
        var page = await context.NewPageAsync();
        // Generous: the whole suite runs its projects at once on two cores, where one navigation has taken over 15 s.
        page.SetDefaultTimeout(30_000);
        return (context, page);
    }

    /// <summary>Creates an account through the registration form and waits for Today, signed in.</summary>
    public static async Task RegisterAsync(IPage page, Uri site, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(new Uri(site, "/account/register").ToString());
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.FillAsync("#confirm", password);
        await page.ClickAsync("#register");
        await page.WaitForURLAsync(new Uri(site, "/").ToString());
    }

    /// <summary>Signs out from the account page and waits for the sign-in page.</summary>
    public static async Task SignOutAsync(IPage page, Uri site)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(new Uri(site, "/account/settings").ToString());
        await page.ClickAsync("#log-out");
        await page.WaitForURLAsync(u => u.Contains("/account/login", StringComparison.Ordinal));
    }
}
