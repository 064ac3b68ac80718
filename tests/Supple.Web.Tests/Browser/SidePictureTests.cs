using System.Text.Json;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// The pictures of the left and the right side of a sided stretch, drawn by chromium: they differ, and one is the
/// exact mirror image of the other (so the left side is the right side done the other way round, not another pose).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SidePictureTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    private const string Compare = """
        async ([left, right]) => {
          const load = (src) => new Promise((resolve, reject) => {
            const image = new Image();
            image.onload = () => resolve(image);
            image.onerror = () => reject(new Error('cannot load ' + src));
            image.src = src;
          });
          const [a, b] = await Promise.all([load(left), load(right)]);
          const pixels = (image, mirror) => {
            const canvas = document.createElement('canvas');
            canvas.width = 320;
            canvas.height = 240;
            const g = canvas.getContext('2d');
            if (mirror) { g.translate(320, 0); g.scale(-1, 1); }
            g.drawImage(image, 0, 0, 320, 240);
            return g.getImageData(0, 0, 320, 240).data;
          };
          const differing = (x, y) => {
            let n = 0;
            for (let i = 0; i < x.length; i += 4) {
              if (Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]) + Math.abs(x[i + 3] - y[i + 3]) > 64) n++;
            }
            return n;
          };
          const l = pixels(a, false);
          return {
            inked: differing(l, new Uint8ClampedArray(l.length)),
            differ: differing(l, pixels(b, false)),
            mirrorDiffer: differing(l, pixels(b, true)),
          };
        }
        """;

    [Theory]
    [InlineData("upper-trapezius-stretch")]
    [InlineData("seated-twist")]
    public async Task The_left_and_right_pictures_differ_and_one_is_the_mirror_image_of_the_other(string id)
    {
        await Page.GotoAsync(Url($"/library/{id}"));
        var result = await Page.EvaluateAsync<JsonElement>(Compare, new[] { $"/img/stretches/{id}-left.svg", $"/img/stretches/{id}-right.svg" });
        var inked = result.GetProperty("inked").GetInt32();
        var differ = result.GetProperty("differ").GetInt32();
        var mirrorDiffer = result.GetProperty("mirrorDiffer").GetInt32();
        Assert.True(inked > 3000, $"the left picture draws only {inked} pixels");
        Assert.True(differ > inked / 4, $"left and right differ in only {differ} of {inked} drawn pixels");
        Assert.True(mirrorDiffer < inked / 100, $"the left picture is not the mirror image of the right: {mirrorDiffer} of {inked} pixels differ");
    }

    [Fact]
    public async Task The_stretch_page_shows_both_sides_in_the_article_s_order_with_their_names()
    {
        await Page.SetViewportSizeAsync(360, 780);
        await Page.GotoAsync(Url("/library/upper-trapezius-stretch"));
        var figures = Page.Locator("#side-pictures figure");
        Assert.Equal(2, await figures.CountAsync());
        Assert.Equal("right", await figures.Nth(0).GetAttributeAsync("data-side"));
        Assert.Equal("Right side", (await figures.Nth(0).Locator("figcaption").InnerTextAsync()).Trim());
        Assert.Equal("Left side", (await figures.Nth(1).Locator("figcaption").InnerTextAsync()).Trim());
        Assert.True(await figures.Nth(1).Locator("img").EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"));
        await Page.GotoAsync(Url("/library/seated-twist"));
        Assert.Equal("left", await Page.Locator("#side-pictures figure").First.GetAttributeAsync("data-side"));
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await Page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "phone-360-seated-twist-sides.png") });
    }
}
