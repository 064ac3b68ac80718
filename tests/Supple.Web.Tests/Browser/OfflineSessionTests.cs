using System.Net.Http.Json;
using System.Text.Json;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// Sessions played with the network cut (<c>context.SetOfflineAsync</c>): kept on the device (IndexedDB) as they go,
/// resumed after a reload, and sent once the network is back, exactly once, with what the screen says true at every
/// point (saved on this device, then saved).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineSessionTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    private const string CatCamel = "level=gentle&only=cat-camel";
    private const string TwoGentle = "level=gentle&only=shoulder-blade-squeeze,cat-camel";

    [Fact]
    public async Task A_whole_session_played_offline_from_before_start_arrives_in_history_exactly_once()
    {
        await OpenPlayerOnlineOnceAsync(CatCamel);
        await Context.SetOfflineAsync(true);

        await StartAsync(painBefore: 3);
        Assert.Contains("Offline", await TextAsync("#save-status"), StringComparison.Ordinal);
        await RunUntilAsync("#screen-after", maxSeconds: 200);
        await Page.Locator("#screen-after .pain-scale label:has(input[value=\"2\"])").ClickAsync();
        await Page.ClickAsync("#finish");
        await Page.Locator("#screen-done").WaitForAsync();
        Assert.Equal("Saved on this device", await TextAsync("#done-title"));
        Assert.Contains("when you are back online", await TextAsync("#done-text"), StringComparison.Ordinal);
        Assert.Empty((await StoredHistoryAsync()).Sessions);
        await ScreenshotAsync("phone-offline-done");

        // Today, still offline, says where it is.
        await Page.GotoAsync(Url("/"));
        await Page.Locator("#device-sessions li[data-state=on-device]").WaitForAsync();
        Assert.Contains("Saved on this device — will be sent when you are back online.", await TextAsync("#device-sessions"), StringComparison.Ordinal);
        await ScreenshotAsync("phone-offline-today");

        // The network is back: the page sends it (on `online`), and Today says so.
        await Context.SetOfflineAsync(false);
        var session = await WaitForOneSessionAsync();
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(3, session.PainBefore?.Value);
        Assert.Equal(2, session.PainAfter?.Value);
        Assert.Equal(DosageLevel.Gentle, session.Level);
        Assert.Equal([new StretchRecord("cat-camel", Side.None, 10, 1, 60, false, false)], session.Stretches);
        await Page.Locator("#device-sessions li[data-state=saved]").WaitForAsync();
        Assert.Contains("Saved — it is in your history.", await TextAsync("#device-sessions"), StringComparison.Ordinal);
        await ScreenshotAsync("phone-offline-today-sent");

        // Loaded again twice online, and the same session sent again by hand: still one session.
        await Page.ReloadAsync();
        await Page.Locator("#device-sessions li[data-state=saved]").WaitForAsync();
        await Page.ReloadAsync();
        await Page.Locator("#device-sessions li[data-state=saved]").WaitForAsync();
        var again = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const [record] = await self.SuppleSessions.list(document.querySelector('meta[name="supple-account"]').content);
              const response = await fetch('/api/v1/sessions/completed', {
                method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(self.SuppleSessions.completedBody(record)) });
              return { status: response.status, clientId: record.clientId };
            }
            """);
        Assert.Equal(201, again.GetProperty("status").GetInt32());
        var stored = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(Guid.Parse(again.GetProperty("clientId").GetString()!), stored.Id);
        Assert.Equal(1, (await StoredStatsAsync()).Completed);
    }

    [Fact]
    public async Task A_reload_mid_session_offline_resumes_and_the_session_arrives_once_with_the_steps_before_and_after()
    {
        // The page's clock is paused: with a running clock, real time between reading the step and the reload could
        // carry the player over a flow phase (Cat → Camel) on a loaded machine, and the test would compare two steps.
        await OpenPlayerOnlineOnceAsync(TwoGentle, pauseClock: true);
        await Context.SetOfflineAsync(true);
        await StartAsync(painBefore: 4);
        await RunUntilAsync("#stretch-name:has-text('Cat-camel')", maxSeconds: 200);
        await Page.Clock.RunForAsync(12_000); // into cat-camel's flow
        var kind = await TextAsync("#step-kind");
        var counters = await TextAsync("#counters");

        await Page.ReloadAsync();
        await Page.Locator("#screen-resume").WaitForAsync();
        await Page.ClickAsync("#resume-continue");
        await Page.Locator("#screen-play:not([hidden])").WaitForAsync();
        // Where it was: the step that was playing, from its start.
        Assert.Equal("Cat-camel stretch · 2 of 2", await TextAsync("#stretch-name"));
        Assert.Equal(kind, await TextAsync("#step-kind"));
        Assert.Equal(counters, await TextAsync("#counters"));

        await RunUntilAsync("#screen-after", maxSeconds: 200);
        await Page.ClickAsync("#finish");
        await Page.Locator("#screen-done").WaitForAsync();
        Assert.Equal("Saved on this device", await TextAsync("#done-title"));
        Assert.Empty((await StoredHistoryAsync()).Sessions);

        await Context.SetOfflineAsync(false);
        var session = await WaitForOneSessionAsync();
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(4, session.PainBefore?.Value);
        Assert.Equal(
            [new StretchRecord("shoulder-blade-squeeze", Side.None, 10, 1, 50, false, false), new StretchRecord("cat-camel", Side.None, 10, 1, 60, false, false)],
            session.Stretches);
        await Page.Locator("#done-title[data-state=saved]").WaitForAsync();
        Assert.Equal("Saved", await TextAsync("#done-title"));

        await Page.ReloadAsync();
        await Page.Locator("#screen-before:not([hidden])").WaitForAsync();
        Assert.Single((await StoredHistoryAsync()).Sessions);
    }

    [Fact]
    public async Task This_hurts_offline_is_kept_and_arrives_as_stopped_for_pain_and_pauses_the_stretch()
    {
        // The squeeze hurt once the day before (the page's clock starts on 20 November): a second hurt within 7 days
        // pauses it, so the offline hurt must count.
        using (var client = App.CreateClient())
        {
            var earlier = await client.PostAsJsonAsync("/api/v1/sessions/completed", new
            {
                clientId = Guid.NewGuid(),
                routine = new[] { new { stretchId = "shoulder-blade-squeeze", level = "gentle" } },
                startedAt = new DateTimeOffset(2026, 11, 19, 9, 0, 0, TimeSpan.Zero),
                steps = new object[] { new { step = 0, end = "played" }, new { step = 1, end = "hurt", seconds = 2 } },
            }, SuppleApp.Json);
            Assert.Equal(System.Net.HttpStatusCode.Created, earlier.StatusCode);
        }

        await OpenPlayerOnlineOnceAsync(TwoGentle, pauseClock: true);
        Assert.Contains("2 stretches", await TextAsync("#routine-summary"), StringComparison.Ordinal);
        await Context.SetOfflineAsync(true);
        await StartAsync(painBefore: 3);
        await Page.Clock.RunForAsync(10_000 + 5_000 + 5_000 + 2_000); // into the second hold
        Assert.Equal("Hold", await TextAsync("#step-kind"));

        await Page.ClickAsync("#hurt");
        await Page.Locator("#screen-stopped").WaitForAsync();
        await Page.Locator("#stopped-saved:has-text('on this device')").WaitForAsync();
        Assert.Equal(
            "What you did before stopping, and that it hurt, is saved on this device and will be sent when you are back online.",
            await TextAsync("#stopped-saved"));
        await Page.Locator("#screen-stopped .pain-scale label:has(input[value=\"6\"])").ClickAsync();
        await Page.ClickAsync("#stopped-save");
        await Page.Locator("#screen-done").WaitForAsync();
        Assert.Equal("Saved on this device", await TextAsync("#done-title"));
        Assert.Single((await StoredHistoryAsync()).Sessions);

        await Context.SetOfflineAsync(false);
        var session = await WaitForSessionsAsync(2);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        Assert.Equal("shoulder-blade-squeeze", session.Hurt?.StretchId);
        Assert.Equal(6, session.PainAfter?.Value);
        var record = Assert.Single(session.Stretches);
        Assert.True(record.Hurt);

        // The hurt counts for the pause rule: the stretch is left out of the next session, with its advice.
        var timeline = await Page.EvaluateAsync<JsonElement>($"async () => (await fetch('/api/v1/timeline?{TwoGentle}')).json()");
        Assert.Equal(["cat-camel"], timeline.GetProperty("stretches").EnumerateArray().Select(s => s.GetProperty("stretchId").GetString()));
        Assert.Contains(timeline.GetProperty("advice").EnumerateArray(), a => a.GetProperty("message").GetString()!.Contains("Shoulder blade squeeze", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_started_online_and_cut_off_keeps_its_steps_on_the_device_and_sends_them_to_the_same_session()
    {
        await OpenPlayerOnlineOnceAsync(TwoGentle);
        await StartAsync(painBefore: 4);
        Assert.Single((await StoredHistoryAsync()).Sessions);
        await Page.Clock.RunForAsync(20_000);

        // The network goes mid-session: the player plays on, keeps every step, and a reload offline carries on.
        await Context.SetOfflineAsync(true);
        await RunUntilAsync("#stretch-name:has-text('Cat-camel')", maxSeconds: 200);
        await Page.Locator("#save-status:has-text('Saved on this device')").WaitForAsync();
        await Page.ReloadAsync();
        await Page.Locator("#screen-resume").WaitForAsync();
        await Page.ClickAsync("#resume-continue");
        await RunUntilAsync("#screen-after", maxSeconds: 200);
        await Page.Locator("#screen-after .pain-scale label:has(input[value=\"1\"])").ClickAsync();
        await Page.ClickAsync("#finish");
        await Page.Locator("#done-title[data-state=on-device]").WaitForAsync();
        Assert.True(Assert.Single((await StoredHistoryAsync()).Sessions).NeverFinished);

        // Back online: the steps go to the session the server started (no second one), then the finish.
        await Context.SetOfflineAsync(false);
        await Page.Locator("#done-title[data-state=saved]").WaitForAsync();
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(1, session.PainAfter?.Value);
        Assert.Equal(
            [new StretchRecord("shoulder-blade-squeeze", Side.None, 10, 1, 50, false, false), new StretchRecord("cat-camel", Side.None, 10, 1, 60, false, false)],
            session.Stretches);
    }

    [Fact]
    public async Task Offline_with_high_pain_the_gentle_timeline_the_server_built_is_played_and_without_it_no_session_starts()
    {
        await OpenPlayerOnlineOnceAsync("level=full&only=cat-camel");
        await WaitForKeptAsync("/api/v1/timeline?level=full&only=cat-camel&painBefore=10");
        await Context.SetOfflineAsync(true);

        await StartAsync(painBefore: 8);
        Assert.Contains("You rated your pain 8 out of 10", await TextAsync("#play-advice"), StringComparison.Ordinal);
        await RunUntilAsync("#screen-after", maxSeconds: 200);
        await Page.ClickAsync("#finish");
        await Page.Locator("#screen-done").WaitForAsync();
        await Context.SetOfflineAsync(false);
        var session = await WaitForOneSessionAsync();
        Assert.Equal(DosageLevel.Gentle, session.Level);
        Assert.Equal(8, session.PainBefore?.Value);

        // The gentle timelines are gone from the device (as if never kept): offline, pain of 9 does not start a session.
        await Page.ReloadAsync();
        await Page.Locator("#screen-before:not([hidden])").WaitForAsync();
        await WaitForKeptAsync("/api/v1/timeline?level=full&only=cat-camel&painBefore=10");
        await Page.EvaluateAsync("""
            async () => {
              for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) if (request.url.includes('painBefore=')) await cache.delete(request);
              }
            }
            """);
        await Context.SetOfflineAsync(true);
        await Page.ReloadAsync();
        await Page.Locator("#screen-before:not([hidden])").WaitForAsync();
        await Page.Locator("#screen-before .pain-scale label:has(input[value=\"9\"])").ClickAsync();
        await Page.ClickAsync("#start");
        await Page.Locator("#screen-refused:not([hidden])").WaitForAsync();
        Assert.Contains("only the gentle routine may be played", await TextAsync("#refused-text"), StringComparison.Ordinal);
        Assert.False(await Page.Locator("#screen-play").IsVisibleAsync());
    }

    [Fact]
    public async Task A_session_finished_offline_in_a_tab_that_is_then_closed_is_sent_by_the_worker_when_the_network_is_back()
    {
        await OpenPlayerOnlineOnceAsync(CatCamel);
        await Context.SetOfflineAsync(true);
        await StartAsync(painBefore: null);
        await RunUntilAsync("#screen-after", maxSeconds: 200);
        await Page.ClickAsync("#finish");
        await Page.Locator("#done-title[data-state=on-device]").WaitForAsync();
        await Page.CloseAsync();

        // No page is open: background sync (Chromium) runs the worker, which sends it.
        await Context.SetOfflineAsync(false);
        var session = await WaitForOneSessionAsync();
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
    }

    [Fact]
    public async Task Offline_with_no_safety_answers_kept_on_the_device_no_session_starts()
    {
        await SessionQueuePage.OpenControlledAsync(Page, Url("/"));
        await Context.SetOfflineAsync(true);

        // The player page itself was kept by the worker, but it never asked the server for the safety answers here.
        await Page.GotoAsync(Url("/player?" + CatCamel));
        await Page.Locator("#screen-refused:not([hidden])").WaitForAsync();
        Assert.Equal("You are offline", await TextAsync("#refused-title"));
        Assert.Contains("has not kept your safety check", await TextAsync("#refused-text"), StringComparison.Ordinal);
    }

    /// <summary>Saves what the page shows at a phone's width (with the others under screenshots/) to look at.</summary>
    private async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(PageQualityTests.ScreenshotFolder);
        var size = Page.ViewportSize;
        await Page.SetViewportSizeAsync(375, 740);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(PageQualityTests.ScreenshotFolder, name + ".png") });
        await Page.SetViewportSizeAsync(size!.Width, size.Height);
    }

    /// <summary>Waits until the worker's cache holds an answer for that URL.</summary>
    private async Task WaitForKeptAsync(string url)
    {
        for (var i = 0; i < 100 && !await Page.EvaluateAsync<bool>($"async () => Boolean(await caches.match('{url}'))"); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await Page.EvaluateAsync<bool>($"async () => Boolean(await caches.match('{url}'))"), url + " was not kept");
    }

    /// <summary>
    /// Lets the service worker take the page, then opens the player online once (its answers and timelines are kept on
    /// the device), accepting the disclaimer, and waits for "Ready?".
    /// </summary>
    private async Task OpenPlayerOnlineOnceAsync(string query, bool pauseClock = false)
    {
        await SessionQueuePage.OpenControlledAsync(Page, Url("/"));
        await OpenPlayerAsync(query, pauseClock);
        await SessionQueuePage.WaitForKeptAnswersAsync(Page);
    }

    private async Task<Supple.Core.History.PracticeSession> WaitForOneSessionAsync() => await WaitForSessionsAsync(1);

    /// <summary>Waits until the database holds that many sessions; returns the latest started.</summary>
    private async Task<Supple.Core.History.PracticeSession> WaitForSessionsAsync(int count)
    {
        for (var i = 0; i < 300 && (await StoredHistoryAsync()).Sessions.Count < count; i++)
        {
            await Task.Delay(100);
        }

        var sessions = (await StoredHistoryAsync()).Sessions;
        Assert.Equal(count, sessions.Count);
        return sessions.MaxBy(s => s.StartedAt)!;
    }
}
