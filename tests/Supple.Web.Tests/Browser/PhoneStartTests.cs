using System.Net.Http.Json;
using Microsoft.Playwright;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// On a phone (360 × 780, the most common Android size), the way to start stretching is on the first screen: the
/// Today page's "Start today's stretches" (with and without a plan), the Library's start button and every stretch
/// page's "Do this stretch now". Screenshots of each are saved for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneStartTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    private const int Width = 360;
    private const int Height = 780;

    protected override ViewportSize Viewport => new() { Width = Width, Height = Height };

    [Fact]
    public async Task Start_today_s_stretches_is_on_the_first_screen_of_the_today_page()
    {
        await Page.GotoAsync(Url("/"));
        await AssertOnFirstScreenAsync("#start-today", "today");
    }

    [Fact]
    public async Task Start_today_s_stretches_is_on_the_first_screen_of_the_today_page_with_a_plan()
    {
        using var client = App.CreateClient();
        var made = await client.PostAsJsonAsync("/api/v1/assessment", Answers(), SuppleApp.Json);
        Assert.True(made.IsSuccessStatusCode, await made.Content.ReadAsStringAsync());
        await Page.GotoAsync(Url("/"));
        Assert.True(await Page.Locator("#plan-today").IsVisibleAsync());
        await AssertOnFirstScreenAsync("#start-today", "today-with-plan");
    }

    [Fact]
    public async Task The_library_s_start_button_is_on_the_first_screen()
    {
        await Page.GotoAsync(Url("/library"));
        await AssertOnFirstScreenAsync("#start-library", "library");
    }

    [Theory]
    [InlineData("shoulder-blade-squeeze")]
    [InlineData("upper-trapezius-stretch")]
    [InlineData("cat-camel")]
    [InlineData("thoracic-extension")]
    [InlineData("childs-pose")]
    [InlineData("chest-opener")]
    [InlineData("seated-twist")]
    public async Task Each_stretch_page_s_start_button_is_on_the_first_screen(string id)
    {
        await Page.GotoAsync(Url($"/library/{id}"));
        await AssertOnFirstScreenAsync("#start-stretch", "stretch-" + id);
        Assert.Equal($"/player?only={id}", await Page.Locator("#start-stretch").GetAttributeAsync("href"));
    }

    private async Task AssertOnFirstScreenAsync(string selector, string screenshot)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"phone-360-{screenshot}.png") });
        var button = Page.Locator(selector);
        Assert.True(await button.IsVisibleAsync(), $"{selector} is not shown");
        var box = await button.BoundingBoxAsync() ?? throw new InvalidOperationException("not drawn");
        Assert.True(box.Y >= 0 && box.Y + box.Height <= Height, $"{selector} lies at {box.Y:0}–{box.Y + box.Height:0} px: below the first {Height} px");
        Assert.Equal(0, await Page.EvaluateAsync<double>("() => window.scrollY"));
        Assert.True(box.Height >= 44, $"{selector} is {box.Height:0} px high: too small to tap");
    }

    // The answers document of `supple assess --answers` (docs/SAFETY.md): long hours at a screen, poor posture, every
    // prop, no warning sign: a plan with every stretch.
    private static Dictionary<string, object> Answers() => new()
    {
        ["screenHoursPerDay"] = 8,
        ["poorPosture"] = true,
        ["stress"] = true,
        ["repetitiveStrain"] = false,
        ["recentInjuryOrFall"] = false,
        ["ageRelatedStiffness"] = false,
        ["props"] = new[] { "chair", "foam-roller", "floor-space" },
        ["redFlags"] = new Dictionary<string, bool>
        {
            ["significant-trauma"] = false,
            ["minor-trauma-with-fragile-bones"] = false,
            ["fever"] = false,
            ["unexplained-weight-loss"] = false,
            ["history-of-cancer"] = false,
            ["limb-numbness-or-weakness"] = false,
            ["bladder-bowel-or-saddle-numbness"] = false,
            ["chest-pain-or-breathlessness"] = false,
            ["night-pain-not-eased-by-rest"] = false,
            ["swelling-or-deformity"] = false,
            ["band-like-pain-around-torso"] = false,
        },
    };
}
