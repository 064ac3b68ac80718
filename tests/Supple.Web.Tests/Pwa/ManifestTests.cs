using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Pwa;

/// <summary>The web app manifest, its icons, the favicon and the service worker script, as the server sends them.</summary>
public sealed class ManifestTests : IAsyncLifetime
{
    private SuppleApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await SuppleApp.StartInMemoryAsync();
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task The_manifest_has_what_browsers_need_to_install_the_app()
    {
        var response = await _client.GetAsync("/manifest.webmanifest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = manifest.RootElement;
        Assert.Equal("Supple", root.GetProperty("short_name").GetString());
        Assert.StartsWith("Supple", root.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        Assert.Equal("/", root.GetProperty("scope").GetString());
        Assert.Equal("/", root.GetProperty("id").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", root.GetProperty("theme_color").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", root.GetProperty("background_color").GetString());

        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        foreach (var (size, purpose) in new[] { (192, "any"), (512, "any"), (192, "maskable"), (512, "maskable") })
        {
            var icon = icons.Single(i => i.GetProperty("sizes").GetString() == $"{size}x{size}" && i.GetProperty("purpose").GetString() == purpose);
            Assert.Equal("image/png", icon.GetProperty("type").GetString());
            var (width, height) = await PngSizeAsync(icon.GetProperty("src").GetString()!);
            Assert.Equal((size, size), (width, height));
        }
    }

    [Fact]
    public async Task The_home_screen_icon_and_the_favicon_are_real_images_of_the_sizes_they_claim()
    {
        Assert.Equal((180, 180), await PngSizeAsync("/apple-touch-icon.png"));
        var favicon = await _client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, favicon.StatusCode);
        var bytes = await favicon.Content.ReadAsByteArrayAsync();
        // ICONDIR: reserved 0, type 1 (icon), then the number of images; each entry starts with its width.
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(bytes));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(2)));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4));
        var widths = Enumerable.Range(0, count).Select(i => (int)bytes[6 + (16 * i)]).ToList();
        Assert.Equal([16, 32, 48], widths);
    }

    [Fact]
    public async Task The_service_worker_is_served_from_the_root_never_from_a_stale_cache_and_names_its_version()
    {
        var response = await _client.GetAsync("/sw.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        var version = response.Headers.ETag!.Tag.Trim('"');
        Assert.Matches("^[0-9a-f]{16}$", version);
        Assert.StartsWith($"const CONFIG = {{\"version\":\"{version}\"", text, StringComparison.Ordinal);
        Assert.Contains("/img/stretches/seated-twist.svg", text, StringComparison.Ordinal);
        Assert.Contains("/library/seated-twist", text, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/sw.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Every_file_the_worker_precaches_exists()
    {
        var text = await _client.GetStringAsync("/sw.js");
        var config = JsonDocument.Parse(text["const CONFIG = ".Length..text.IndexOf(";\n", StringComparison.Ordinal)]).RootElement;
        var precache = config.GetProperty("precache").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains("/css/site.css", precache);
        Assert.Contains("/js/pwa.js", precache);
        Assert.Contains("/offline", precache);
        Assert.DoesNotContain(precache, url => url.EndsWith(".md", StringComparison.Ordinal));
        foreach (var url in precache)
        {
            Assert.True((await _client.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }
    }

    private async Task<(int Width, int Height)> PngSizeAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, url);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), $"{url} is not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
