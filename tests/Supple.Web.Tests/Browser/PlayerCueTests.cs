using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// Spoken cues, beeps and the screen wake lock, observed through stand-ins for the browser APIs (headless chromium
/// has no voices, no speakers and no screen to keep on), installed before the player's script runs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlayerCueTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    private const string Recorders = """
        window.__spoken = [];
        window.__beeps = 0;
        window.__locks = { taken: 0, released: 0 };
        Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
          speak: (u) => window.__spoken.push(u.text), cancel: () => {} } });
        window.AudioContext = class {
          constructor() { this.currentTime = 0; this.destination = {}; }
          createOscillator() { return { frequency: {}, connect: (g) => g, start: () => { window.__beeps++; }, stop: () => {} }; }
          createGain() { return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (d) => d }; }
        };
        Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: {
          request: async () => { window.__locks.taken++; return { release: async () => { window.__locks.released++; }, addEventListener() {} }; } } });
        """;

    [Fact]
    public async Task Each_step_is_spoken_and_beeped_until_the_toggles_switch_them_off()
    {
        await Page.AddInitScriptAsync(Recorders);
        await OpenPlayerAsync("level=gentle&only=shoulder-blade-squeeze", pauseClock: true);
        await StartAsync(painBefore: null);

        var setup = await TextAsync("#instruction");
        Assert.Equal([setup], await Page.EvaluateAsync<string[]>("() => window.__spoken"));
        await Page.Clock.RunForAsync(10_500);
        var spoken = await Page.EvaluateAsync<string[]>("() => window.__spoken");
        Assert.Equal(2, spoken.Length);
        Assert.Equal(await TextAsync("#instruction"), spoken[1]);
        await Page.Clock.RunForAsync(5_000); // through the hold into the release
        var beeps = await Page.EvaluateAsync<int>("() => window.__beeps");
        Assert.Equal(6, beeps); // each of the three step starts, and 3, 2, 1 before the hold ends

        await Page.Keyboard.PressAsync("v");
        await Page.Keyboard.PressAsync("b");
        Assert.False(await Page.IsCheckedAsync("#voice-toggle"));
        Assert.False(await Page.IsCheckedAsync("#beep-toggle"));
        await Page.Clock.RunForAsync(12_000);
        Assert.Equal(3, (await Page.EvaluateAsync<string[]>("() => window.__spoken")).Length); // nothing after the keys
        Assert.Equal(beeps, await Page.EvaluateAsync<int>("() => window.__beeps"));

        await Page.ReloadAsync();
        await Page.Locator("#screen-resume:not([hidden])").WaitForAsync();
        Assert.False(await Page.IsCheckedAsync("#voice-toggle"));
        Assert.False(await Page.IsCheckedAsync("#beep-toggle"));
    }

    [Fact]
    public async Task Skipping_a_stretch_makes_one_cue_not_one_per_skipped_step()
    {
        await Page.AddInitScriptAsync(Recorders);
        await OpenPlayerAsync("level=gentle&only=upper-trapezius-stretch,cat-camel", pauseClock: true);
        await StartAsync(painBefore: null);
        var spoken = (await Page.EvaluateAsync<string[]>("() => window.__spoken")).Length;
        var beeps = await Page.EvaluateAsync<int>("() => window.__beeps");

        // The trapezius stretch has many steps (both sides); Shift+N passes them all and lands on cat-camel.
        await Page.Keyboard.PressAsync("Shift+N");
        await Page.Locator("#stretch-name:has-text('Cat-camel')").WaitForAsync();
        Assert.Equal(spoken + 1, (await Page.EvaluateAsync<string[]>("() => window.__spoken")).Length);
        Assert.Equal(beeps + 1, await Page.EvaluateAsync<int>("() => window.__beeps"));
        Assert.Equal(await TextAsync("#instruction"), (await Page.EvaluateAsync<string[]>("() => window.__spoken"))[^1]);
    }

    [Fact]
    public async Task The_screen_is_kept_awake_while_playing_and_let_go_when_paused_or_stopped()
    {
        await Page.AddInitScriptAsync(Recorders);
        await OpenPlayerAsync("level=gentle&only=cat-camel");
        await StartAsync(painBefore: null);
        await Page.WaitForFunctionAsync("() => window.__locks.taken === 1");

        await Page.Keyboard.PressAsync("Space");
        await Page.WaitForFunctionAsync("() => window.__locks.released === 1");
        await Page.Keyboard.PressAsync("Space");
        await Page.WaitForFunctionAsync("() => window.__locks.taken === 2");

        await Page.Keyboard.PressAsync("h");
        await Page.WaitForFunctionAsync("() => window.__locks.released === 2");
    }
}
