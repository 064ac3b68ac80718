using Microsoft.Playwright;

namespace Supple.Web.Tests.Infrastructure;

/// <summary>
/// One headless Debian chromium (/usr/bin/chromium) for the browser tests. Playwright's own browsers are never
/// downloaded: scripts/test.sh installs Debian's chromium when it is missing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The launch arguments of every chromium the tests start.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>
    /// A chromium with a profile of its own on disk (not incognito, as every context of <see cref="Browser"/> is):
    /// for what a browser refuses to incognito windows, such as installing an app. Dispose it when done.
    /// </summary>
    /// <param name="folder">The profile's folder.</param>
    /// <param name="options">Playwright's options.</param>
    /// <param name="extraArguments">More chromium arguments than <see cref="Arguments"/>.</param>
    public async Task<IBrowserContext> LaunchProfileAsync(string folder, BrowserTypeLaunchPersistentContextOptions? options = null, IEnumerable<string>? extraArguments = null)
    {
        options ??= new();
        options.ExecutablePath = ChromiumPath;
        options.Headless = true;
        options.Args = [.. Arguments, .. extraArguments ?? []];
        return await _playwright!.Chromium.LaunchPersistentContextAsync(folder, options);
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/test.sh (it installs Debian's chromium).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
