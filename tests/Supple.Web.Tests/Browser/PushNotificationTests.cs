using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supple.Web.Push;
using Supple.Web.Tests.Infrastructure;
using Supple.Web.Tests.Push;

namespace Supple.Web.Tests.Browser;

/// <summary>
/// A reminder the server pushed, shown by the service worker in chromium. Headless chromium cannot reach a real push
/// service, and its own subscription cannot be pointed at a local stand-in, so the server sends to the stand-in (which
/// decrypts it as the browser would), and the test hands that exact payload to the worker's push event through the
/// DevTools protocol (ServiceWorker.deliverPushMessage).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PushNotificationTests(BrowserFixture browser) : BrowserTestBase(browser), IDisposable
{
    private readonly BrowserPushKeys _keys = new();

    public void Dispose() => _keys.Dispose();

    [Fact]
    public async Task A_reminder_pushed_by_the_server_is_shown_by_the_service_worker_with_start_and_later()
    {
        await using var push = await PushServiceStandIn.StartAsync();
        await using var app = await SuppleApp.StartOnLoopbackAsync(new Dictionary<string, string> { ["Supple:Push:EndpointHosts:0"] = "127.0.0.1" });
        await Context.GrantPermissionsAsync(["notifications"], new() { Origin = app.BaseAddress.GetLeftPart(UriPartial.Authority) });
        string AppUrl(string path) => new Uri(app.BaseAddress, path).ToString();

        await Page.GotoAsync(AppUrl("/plan"));
        await ServiceWorkerPage.WaitForActiveWorkerAsync(Page);
        await Page.ReloadAsync();
        await ServiceWorkerPage.WaitForControllerAsync(Page);

        // The server's real message: a daily reminder due now, sent to the stand-in, read back as the browser reads it.
        using var client = app.CreateClient();
        var now = DateTimeOffset.Now;
        var dailyAt = now.AddMinutes(1).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await ApiAsync(client.PutAsync("/api/v1/reminders", Json(new { dailyAt })));
        await ApiAsync(client.PutAsync("/api/v1/push/subscription", Json(new
        {
            endpoint = push.Endpoint("chromium"),
            keys = new { p256dh = _keys.P256dh, auth = _keys.Auth },
            daily = true,
            timeZone = TimeZoneInfo.Local.Id,
        })));
        var sender = app.App.Services.GetRequiredService<ReminderSender>();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (push.Received.Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the server sent no reminder at " + dailyAt);
            await sender.SendDueAsync();
            await Task.Delay(500);
        }

        var payload = WebPushDecryption.Decrypt(push.Received[0].Body, _keys);

        var cdp = await Context.NewCDPSessionAsync(Page);
        var registration = new TaskCompletionSource<string>();
        cdp.Event("ServiceWorker.workerRegistrationUpdated").OnEvent += (_, e) =>
        {
            foreach (var r in e!.Value.GetProperty("registrations").EnumerateArray())
            {
                if (r.GetProperty("scopeURL").GetString() == AppUrl("/") && !r.GetProperty("isDeleted").GetBoolean())
                {
                    registration.TrySetResult(r.GetProperty("registrationId").GetString()!);
                }
            }
        };
        await cdp.SendAsync("ServiceWorker.enable");
        var registrationId = await registration.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await cdp.SendAsync("ServiceWorker.deliverPushMessage", new Dictionary<string, object>
        {
            ["origin"] = app.BaseAddress.GetLeftPart(UriPartial.Authority),
            ["registrationId"] = registrationId,
            ["data"] = payload,
        });

        const string Shown = """
            async () => {
              const registration = await navigator.serviceWorker.ready;
              const all = await registration.getNotifications();
              return all.map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: n.data && n.data.url, actions: n.actions.map((a) => a.title + '=' + a.action), snooze: !!(n.data && n.data.snooze && n.data.snooze.token) }));
            }
            """;
        JsonElement shown = default;
        for (var i = 0; i < 50 && (shown.ValueKind != JsonValueKind.Array || shown.GetArrayLength() == 0); i++)
        {
            shown = await Page.EvaluateAsync<JsonElement>(Shown);
            await Task.Delay(100);
        }

        var notification = Assert.Single(shown.EnumerateArray());
        using var sent = JsonDocument.Parse(payload);
        Assert.Equal(sent.RootElement.GetProperty("title").GetString(), notification.GetProperty("title").GetString());
        Assert.Equal("Time for today’s stretches", notification.GetProperty("title").GetString());
        Assert.Equal(sent.RootElement.GetProperty("body").GetString(), notification.GetProperty("body").GetString());
        Assert.Equal("supple-daily", notification.GetProperty("tag").GetString());
        Assert.Equal("/player?level=standard", notification.GetProperty("url").GetString());
        Assert.Equal(["Start now=start", "Later=later"], notification.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.True(notification.GetProperty("snooze").GetBoolean());

        // The actions, through the worker's own handler (no browser lets a test click a notification, so the page asks
        // the worker to act as the click would): "Later" asks the server to send the reminder again in an hour, "Start
        // now" opens the player in the open window.
        const string Act = """
            (action) => new Promise(async (resolve) => {
              const registration = await navigator.serviceWorker.ready;
              const channel = new MessageChannel();
              channel.port1.onmessage = (e) => resolve(e.data.done);
              registration.active.postMessage({ type: 'notification-action', tag: 'supple-daily', action }, [channel.port2]);
            })
            """;
        var outbox = app.App.Services.GetRequiredService<Supple.Data.Push.ReminderOutbox>();
        Assert.Empty(await outbox.TakeDueSnoozesAsync(DateTimeOffset.UtcNow.AddDays(1)));
        Assert.True(await Page.EvaluateAsync<bool>(Act, "later"));
        var snoozed = Assert.Single(await outbox.TakeDueSnoozesAsync(DateTimeOffset.UtcNow.AddDays(1)));
        Assert.Equal(Supple.Data.Push.ReminderKinds.Daily, snoozed.Kind);
        Assert.InRange(snoozed.DueAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(61));
        Assert.EndsWith("/plan", Page.Url, StringComparison.Ordinal);

        // The notification is gone once acted on: show the same message again, as the server would after "Later".
        await cdp.SendAsync("ServiceWorker.deliverPushMessage", new Dictionary<string, object>
        {
            ["origin"] = app.BaseAddress.GetLeftPart(UriPartial.Authority),
            ["registrationId"] = registrationId,
            ["data"] = payload,
        });
        await Page.WaitForFunctionAsync("async () => (await (await navigator.serviceWorker.ready).getNotifications()).length === 1");
        var starting = Page.EvaluateAsync<bool>(Act, "start");
        await Page.WaitForURLAsync(AppUrl("/player?level=standard"), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        try
        {
            await starting;
        }
        catch (PlaywrightException)
        {
            // The page asking went away with the navigation, before the worker's answer: that is the point.
        }

        await Page.Locator("#player").WaitForAsync(new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task Where_the_browser_has_no_push_service_the_plan_page_says_so_instead_of_pretending()
    {
        // Debian's chromium has no push service (no Google services): subscribing is refused, and the page must say
        // that plainly, not "saved" and not "check the connection".
        await Context.GrantPermissionsAsync(["notifications"], new() { Origin = App.BaseAddress.GetLeftPart(UriPartial.Authority) });
        await Page.GotoAsync(Url("/plan"));
        await Page.Locator("#push-settings").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await Page.ClickAsync("#push-on");
        await Page.Locator("#push-status", new() { HasText = PushText.DeviceNoService }).WaitForAsync();
        Assert.True(await Page.Locator("#push-off").IsHiddenAsync());
        Assert.Equal("Send reminders to this device", (await Page.Locator("#push-on").InnerTextAsync()).Trim());
        var devices = await App.App.Services.GetRequiredService<Supple.Data.Push.ReminderOutbox>().LoadRecipientsAsync();
        Assert.Empty(devices.SelectMany(r => r.Devices));
    }

    [Fact]
    public async Task The_plan_page_offers_reminders_on_this_device_and_saves_desk_break_hours()
    {
        await Page.SetViewportSizeAsync(360, 780);
        await Page.GotoAsync(Url("/plan"));
        await Page.Locator("#push-settings").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.True(await Page.Locator("#push-unavailable").IsHiddenAsync());
        Assert.Equal("This device gets no reminders when Supple is closed.", (await Page.Locator("#push-status").InnerTextAsync()).Trim());
        Assert.Equal("Send reminders to this device", (await Page.Locator("#push-on").InnerTextAsync()).Trim());
        Assert.DoesNotContain("in a terminal reminds you", await Page.ContentAsync(), StringComparison.Ordinal);

        await Page.FillAsync("#breaks-from", "08:30");
        await Page.FillAsync("#breaks-to", "16:30");
        await Page.UncheckAsync("#breaks-friday");
        await Page.ClickAsync("#save-breaks");
        Assert.Equal("Saved: desk breaks in these hours.", (await Page.Locator("#reminder-saved").InnerTextAsync()).Trim());
        Assert.Contains("On Mon, Tue, Wed, Thu, from 08:30 to 16:30", await Page.Locator("#breaks-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await Page.IsCheckedAsync("#breaks-friday"));
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.Locator("#reminders").ScreenshotAsync(new() { Path = Path.Combine(folder, "phone-360-plan-reminders.png") });

        await Page.ClickAsync("#breaks-off");
        Assert.Equal("Desk breaks are off.", (await Page.Locator("#reminder-saved").InnerTextAsync()).Trim());
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private static async Task ApiAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
