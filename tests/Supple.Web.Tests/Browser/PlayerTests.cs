using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PlayerTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    private const string TwoGentle = "level=gentle&only=shoulder-blade-squeeze,cat-camel";

    [Fact]
    public async Task A_whole_session_plays_to_the_end_and_is_saved()
    {
        await OpenPlayerAsync(TwoGentle);
        Assert.Contains("2 stretches", await TextAsync("#routine-summary"), StringComparison.Ordinal);
        await StartAsync(painBefore: 5);
        Assert.Equal("Shoulder blade squeeze · 1 of 2", await TextAsync("#stretch-name"));
        Assert.Equal("Get into position", await TextAsync("#step-kind"));
        Assert.Equal("10", await TextAsync("#count"));

        await RunUntilAsync("#screen-after", maxSeconds: 400);
        await Page.Locator("#screen-after .pain-scale label:has(input[value=\"2\"])").ClickAsync();
        await Page.ClickAsync("#finish");
        await Page.Locator("#screen-done").WaitForAsync();

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(5, session.PainBefore?.Value);
        Assert.Equal(2, session.PainAfter?.Value);
        Assert.Equal(DosageLevel.Gentle, session.Level);
        Assert.Equal(
            [new StretchRecord("shoulder-blade-squeeze", Side.None, 10, 1, 50, false, false), new StretchRecord("cat-camel", Side.None, 10, 1, 60, false, false)],
            session.Stretches);
    }

    [Fact]
    public async Task The_countdown_follows_the_clock_pauses_and_resumes_without_moving_the_layout()
    {
        await OpenPlayerAsync(TwoGentle, pauseClock: true);
        await StartAsync(painBefore: null);
        await Page.Clock.RunForAsync(3000);
        Assert.Equal("7", await TextAsync("#count"));
        var boxes = await BoxesAsync();

        await Page.Keyboard.PressAsync("p");
        Assert.Equal("Resume", await TextAsync("#pause"));
        Assert.Equal("Paused.", await Page.Locator("#announcer").TextContentAsync());
        await Page.Clock.RunForAsync(30_000);
        Assert.Equal("7", await TextAsync("#count"));
        Assert.Equal("Get into position", await TextAsync("#step-kind"));

        await Page.ClickAsync("#pause");
        Assert.Equal("Pause", await TextAsync("#pause"));
        await Page.Clock.RunForAsync(4000);
        Assert.Equal("3", await TextAsync("#count"));
        Assert.Equal(boxes, await BoxesAsync());

        await Page.Clock.RunForAsync(3500);
        Assert.Equal("Hold", await TextAsync("#step-kind"));
        Assert.Contains("Hold", await Page.Locator("#announcer").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_lasts_exactly_as_long_as_its_timeline()
    {
        await OpenPlayerAsync("level=gentle&only=cat-camel", pauseClock: true);
        var total = await Page.EvaluateAsync<double>("async () => (await (await fetch('/api/v1/timeline?level=gentle&only=cat-camel')).json()).totalSeconds");
        await StartAsync(painBefore: null);

        // Each step ends at the previous deadline plus its duration, so 21 steps add no timer lateness.
        await Page.Clock.RunForAsync((long)(total * 1000) - 15);
        Assert.True(await Page.Locator("#screen-play").IsVisibleAsync(), "The session ended early.");
        Assert.Equal("1", await TextAsync("#count"));
        await Page.Clock.RunForAsync(30);
        await Page.Locator("#screen-after:not([hidden])").WaitForAsync(new() { Timeout = 2000 });
    }

    [Fact]
    public async Task Skipping_moves_on_and_a_skipped_stretch_is_saved_as_skipped()
    {
        await OpenPlayerAsync(TwoGentle);
        await StartAsync(painBefore: null);
        await Page.Keyboard.PressAsync("n");
        Assert.Equal("Hold", await TextAsync("#step-kind"));
        Assert.Equal("Rep 1 of 10", await TextAsync("#counters"));

        var saved = Page.WaitForResponseAsync(r => r.Url.EndsWith("/steps", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("skipped-stretch", StringComparison.Ordinal));
        await Page.ClickAsync("#skip-stretch");
        Assert.Equal(200, (await saved).Status);
        Assert.Equal("Cat-camel stretch · 2 of 2", await TextAsync("#stretch-name"));

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        var record = Assert.Single(session.Stretches);
        Assert.Equal("shoulder-blade-squeeze", record.StretchId);
        Assert.True(record.Skipped);
        Assert.Equal(0, record.RepsDone);
    }

    [Fact]
    public async Task This_hurts_stops_the_session_shows_the_advice_and_is_saved()
    {
        await OpenPlayerAsync(TwoGentle, pauseClock: true);
        await StartAsync(painBefore: 3);
        await Page.Clock.RunForAsync(10_000 + 5_000 + 5_000 + 2_000); // into the second hold
        Assert.Equal("Hold", await TextAsync("#step-kind"));

        var stopped = Page.WaitForResponseAsync(r => r.Url.EndsWith("/steps", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("\"hurt\"", StringComparison.Ordinal));
        await Page.ClickAsync("#hurt");
        Assert.Equal(200, (await stopped).Status);
        await Page.Locator("#screen-stopped").WaitForAsync();
        var advice = await TextAsync("#screen-stopped");
        Assert.Contains(BuiltInProgramme.Instance.StopRule, advice, StringComparison.Ordinal);
        Assert.Contains("see a doctor", advice, StringComparison.Ordinal);
        await Page.Locator("#stopped-saved:has-text('is saved')").WaitForAsync();

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        Assert.Equal("shoulder-blade-squeeze", session.Hurt?.StretchId);
        var record = Assert.Single(session.Stretches);
        Assert.True(record.Hurt);
        Assert.True(record.Partial);
        Assert.Equal(1, record.RepsDone);

        await Page.Locator("#screen-stopped .pain-scale label:has(input[value=\"6\"])").ClickAsync();
        await Page.ClickAsync("#stopped-save");
        await Page.Locator("#screen-done").WaitForAsync();
        Assert.Equal(6, Assert.Single((await StoredHistoryAsync()).Sessions).PainAfter?.Value);
    }

    /// <summary>
    /// Reproduction 3 of issue #12, as the person met it: only the upper trapezius stretch, Start, H during "Get into
    /// position". It answered 400 ("side must be left or right"), said it was saved, and left the session open with no
    /// hurt recorded.
    /// </summary>
    [Fact]
    public async Task Regression_3_this_hurts_during_get_into_position_is_recorded_and_the_screen_says_so_only_once_saved()
    {
        await OpenPlayerAsync("level=gentle&only=upper-trapezius-stretch", pauseClock: true);
        await StartAsync(painBefore: null);
        await Page.Clock.RunForAsync(3000);
        Assert.Equal("Get into position", await TextAsync("#step-kind"));

        var reported = Page.WaitForResponseAsync(r => r.Url.EndsWith("/steps", StringComparison.Ordinal));
        await Page.Keyboard.PressAsync("h");
        Assert.Equal(200, (await reported).Status);
        await Page.Locator("#screen-stopped").WaitForAsync();
        await Page.Locator("#stopped-saved:has-text('is saved, and that it hurt')").WaitForAsync();

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.False(session.NeverFinished);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        Assert.Equal("upper-trapezius-stretch", session.Hurt?.StretchId);
        var record = Assert.Single(session.Stretches);
        Assert.Equal("upper-trapezius-stretch", record.StretchId);
        Assert.True(record.Hurt);
        Assert.True(record.Partial);
        Assert.False(record.IsDone);
        Assert.Equal(0, record.RepsDone);
        var stats = await StoredStatsAsync();
        Assert.Equal(0, stats.CurrentStreak);
        Assert.Equal(0, stats.DaysLast30);
    }

    [Fact]
    public async Task A_report_that_fails_is_said_retried_and_only_then_saved()
    {
        await OpenPlayerAsync("level=gentle&only=childs-pose", pauseClock: true);
        await StartAsync(painBefore: null);
        var failures = 0;
        await Page.RouteAsync("**/steps", async route =>
        {
            if (failures++ < 2)
            {
                await route.AbortAsync("connectionrefused");
                return;
            }

            await route.ContinueAsync();
        });

        await Page.Keyboard.PressAsync("h");
        await Page.Locator("#screen-stopped").WaitForAsync();
        // Kept on this device while the server cannot be reached, and said so (never "saved" in the history yet).
        await Page.Locator("#save-status:has-text('Saved on this device')").WaitForAsync();
        Assert.Equal(
            "What you did before stopping, and that it hurt, is saved on this device and will be sent when you are back online.",
            await TextAsync("#stopped-saved"));
        Assert.DoesNotContain((await StoredHistoryAsync()).Sessions, s => !s.NeverFinished);

        // Each retry is a real request that ends after the page clock has stopped, and only then schedules the next
        // retry: run the page clock a second at a time, letting the requests land between the seconds.
        for (var second = 0; second < 30 && !await Page.Locator("#stopped-saved:has-text('is saved, and that it hurt')").IsVisibleAsync(); second++)
        {
            await Page.Clock.RunForAsync(1000);
            await Task.Delay(100);
        }

        Assert.Equal("What you did before stopping is saved, and that it hurt.", await TextAsync("#stopped-saved"));
        Assert.Equal(3, failures);
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        Assert.True(Assert.Single(session.Stretches).Hurt);
    }

    [Fact]
    public async Task Leaving_mid_session_asks_first_pauses_and_keeps_what_was_done()
    {
        await OpenPlayerAsync(TwoGentle);
        await StartAsync(painBefore: 4);
        await RunUntilAsync("#stretch-name:has-text('Cat-camel')", maxSeconds: 200);
        await WaitForStoredStretchesAsync(1);

        await Page.ClickAsync("#leave");
        Assert.True(await Page.Locator("#leave-dialog").IsVisibleAsync());
        await Page.Locator("#pause:has-text('Resume')").WaitForAsync();
        await Page.Clock.RunForAsync(1000);
        var count = await TextAsync("#count");
        await Page.Clock.RunForAsync(5000);
        Assert.Equal(count, await TextAsync("#count")); // paused while the question is open
        await Page.Keyboard.PressAsync("h"); // keys of the player do nothing behind the question
        Assert.True(await Page.Locator("#screen-play").IsVisibleAsync());

        await Page.ClickAsync("#leave-stay");
        Assert.False(await Page.Locator("#leave-dialog").IsVisibleAsync());
        await Page.Locator("#pause:has-text('Pause')").WaitForAsync();
        Assert.Equal("/player", new Uri(Page.Url).AbsolutePath);

        await Page.ClickAsync("#leave");
        await Page.ClickAsync("#leave-confirm");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        Assert.Contains("Unfinished session", await Page.ContentAsync(), StringComparison.Ordinal);
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.True(session.NeverFinished);
        Assert.Null(session.Hurt);
        Assert.Equal("shoulder-blade-squeeze", Assert.Single(session.Stretches).StretchId);
    }

    [Fact]
    public async Task After_a_reload_the_session_resumes_at_the_stretch_in_progress()
    {
        await OpenPlayerAsync(TwoGentle);
        await StartAsync(painBefore: 4);
        await RunUntilAsync("#stretch-name:has-text('Cat-camel')", maxSeconds: 200);
        await WaitForStoredStretchesAsync(1);
        await Page.Clock.RunForAsync(8000);

        await Page.ReloadAsync();
        await Page.Locator("#screen-resume").WaitForAsync();
        Assert.Contains("1 stretch was saved", await TextAsync("#resume-text"), StringComparison.Ordinal);
        await Page.ClickAsync("#resume-continue");
        await Page.Locator("#screen-play:not([hidden])").WaitForAsync();
        Assert.Equal("Cat-camel stretch · 2 of 2", await TextAsync("#stretch-name"));
        Assert.Equal("Get into position", await TextAsync("#step-kind"));

        await RunUntilAsync("#screen-after", maxSeconds: 200);
        await Page.ClickAsync("#finish");
        await Page.Locator("#screen-done").WaitForAsync();

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(4, session.PainBefore?.Value);
        Assert.Equal(["shoulder-blade-squeeze", "cat-camel"], session.Stretches.Select(s => s.StretchId));
    }

    [Fact]
    public async Task A_sided_stretch_saves_one_record_per_side()
    {
        await OpenPlayerAsync("level=gentle&only=upper-trapezius-stretch");
        await StartAsync(painBefore: null);
        await RunUntilAsync("#screen-after", maxSeconds: 200);
        await Page.ClickAsync("#finish");
        await Page.Locator("#screen-done").WaitForAsync();

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(
            [new StretchRecord("upper-trapezius-stretch", Side.Right, 2, 1, 40, false, false), new StretchRecord("upper-trapezius-stretch", Side.Left, 2, 1, 40, false, false)],
            session.Stretches);
    }

    private async Task WaitForStoredStretchesAsync(int count)
    {
        for (var i = 0; i < 300 && (await StoredHistoryAsync()).Sessions.SingleOrDefault()?.Stretches.Count(r => r.IsDone) < count; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(count, Assert.Single((await StoredHistoryAsync()).Sessions).Stretches.Count(r => r.IsDone));
    }

    private async Task<string> BoxesAsync()
    {
        var parts = new List<string>();
        foreach (var selector in new[] { ".ring", "#count", "#instruction", "#pause", "#hurt", "#pose" })
        {
            var box = await Page.Locator(selector).BoundingBoxAsync();
            parts.Add($"{selector}:{box?.X},{box?.Y},{box?.Width},{box?.Height}");
        }

        return string.Join(" ", parts);
    }
}
