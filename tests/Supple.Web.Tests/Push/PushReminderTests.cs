using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supple.Web.Push;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Push;

/// <summary>
/// Reminders pushed to a push service stand-in on loopback, on a fake clock: the server sends the daily reminder and
/// desk breaks at the person's local time (across DST), exactly once, encrypted for the browser (decrypted here per
/// RFC 8291) and signed with the server's VAPID key (checked here per RFC 8292); "Later" brings it back; a
/// subscription the push service says is gone is dropped.
/// </summary>
public sealed class PushReminderTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DateTimeOffset MondayMorning = new(2026, 6, 1, 7, 0, 0, TimeSpan.Zero); // Monday, 08:00 in London
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly BrowserPushKeys _browser = new();
    private PushServiceStandIn _push = null!;
    private SuppleApp _app = null!;
    private HttpClient _client = null!;

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Supple:Push:EndpointHosts:0"] = "127.0.0.1",
        ["Supple:Push:Subject"] = "mailto:team@supple.test",
    };

    private ReminderSender Sender => _app.App.Services.GetRequiredService<ReminderSender>();

    public async Task InitializeAsync()
    {
        _push = await PushServiceStandIn.StartAsync(_time.GetUtcNow);
        _app = await SuppleApp.StartInMemoryAsync(_time, Settings);
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _push.DisposeAsync();
    }

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task The_daily_reminder_reaches_the_push_service_once_at_the_local_time_encrypted_for_the_browser_and_signed_by_the_server()
    {
        _time.SetUtcNow(MondayMorning);
        await DailyAtAsync("08:30");
        await SubscribeAsync("phone", daily: true, breaks: false);

        Assert.Equal(0, await Sender.SendDueAsync());
        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, await Sender.SendDueAsync());
        Assert.Empty(_push.Received);

        _time.Advance(TimeSpan.FromMinutes(1)); // 08:30 in London
        Assert.Equal(1, await Sender.SendDueAsync());
        Assert.Equal(0, await Sender.SendDueAsync());
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await Sender.SendDueAsync());

        var push = Assert.Single(_push.Received);
        Assert.Equal("phone", push.Id);
        Assert.Equal("aes128gcm", push.ContentEncoding);
        Assert.Equal("14400", push.TimeToLive);
        Assert.Equal("daily", push.Topic);
        var claims = VapidToken.Verify(push.Authorization, new Uri(_push.Endpoint("phone")), DateTimeOffset.UtcNow);
        Assert.Equal("mailto:team@supple.test", claims.Subject);
        Assert.Equal((await _client.GetFromJsonAsync<JsonElement>("/api/v1/push/key")).GetProperty("publicKey").GetString(), claims.PublicKey);

        using var message = JsonDocument.Parse(WebPushDecryption.Decrypt(push.Body, _browser));
        var root = message.RootElement;
        Assert.Equal(1, root.GetProperty("v").GetInt32());
        Assert.Equal("daily", root.GetProperty("kind").GetString());
        Assert.Equal("Time for today’s stretches", root.GetProperty("title").GetString());
        Assert.Matches(@"^7 stretches\. About \d+ minutes\.$", root.GetProperty("body").GetString());
        Assert.Equal("/player?level=standard", root.GetProperty("url").GetString());
        Assert.Equal(["start", "later"], root.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        Assert.Equal(["Start now", "Later"], root.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("/api/v1/push/snooze", root.GetProperty("snooze").GetProperty("url").GetString());
    }

    [Theory]
    [InlineData(2026, 3, 27)] // London's clocks go forward on Sunday 29 March
    [InlineData(2026, 10, 23)] // and back on Sunday 25 October
    public async Task Across_a_clock_change_the_daily_reminder_comes_at_08_30_local_time_once_a_day(int year, int month, int day)
    {
        _time.SetUtcNow(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero));
        await DailyAtAsync("08:30");
        await SubscribeAsync("phone", daily: true, breaks: false);
        for (var step = 0; step < 4 * 24 * 4; step++)
        {
            await Sender.SendDueAsync();
            _time.Advance(TimeSpan.FromMinutes(15));
        }

        var local = _push.Received.Select(p => TimeZoneInfo.ConvertTime(p.At, London).DateTime).ToList();
        Assert.Equal(4, local.Count);
        Assert.Equal(4, local.Select(t => t.Date).Distinct().Count());
        Assert.All(local, t => Assert.InRange(t.TimeOfDay, new TimeSpan(8, 30, 0), new TimeSpan(8, 44, 59)));
        Assert.Equal(2, _push.Received.Select(p => p.At.UtcDateTime.Hour).Distinct().Count());
    }

    [Fact]
    public async Task Two_servers_over_one_database_send_each_reminder_once()
    {
        _time.SetUtcNow(MondayMorning);
        await DailyAtAsync("08:30");
        await SubscribeAsync("phone", daily: true, breaks: false);
        await using var second = await SuppleApp.StartInMemoryAsync(_time, Settings, _app.Folder);
        var senders = new[] { Sender, second.App.Services.GetRequiredService<ReminderSender>() };
        _time.Advance(TimeSpan.FromMinutes(30));
        var sent = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => senders[i % 2].SendDueAsync())));
        Assert.Equal(1, sent.Sum());
        Assert.Single(_push.Received);
    }

    [Fact]
    public async Task Desk_breaks_go_to_the_browsers_that_take_them_during_the_working_hours()
    {
        _time.SetUtcNow(MondayMorning);

        // Desk breaks are offered only once the disclaimer is accepted (the same rule as `supple breaks`).
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/api/v1/disclaimer/acceptance", null)).StatusCode);
        var hours = await _client.PutAsJsonAsync("/api/v1/reminders/desk-breaks", new { from = "09:00", to = "12:00", days = new[] { "monday" } });
        Assert.Equal(HttpStatusCode.OK, hours.StatusCode);
        await SubscribeAsync("laptop", daily: false, breaks: true);
        await SubscribeAsync("phone", daily: true, breaks: false);
        for (var step = 0; step < 6 * 12; step++) // 08:00 to 14:00, every five minutes
        {
            await Sender.SendDueAsync();
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.All(_push.Received, p => Assert.Equal("laptop", p.Id));
        var local = _push.Received.Select(p => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(p.At, London).DateTime)).ToList();
        // Breaks fall at 09:50, 10:42 and 11:34 (every 50 minutes plus the two-minute break, the last ending by 12:00);
        // the server looks every five minutes here, so the later two go out on the next round.
        Assert.Equal([new TimeOnly(9, 50), new TimeOnly(10, 45), new TimeOnly(11, 35)], local);
        using var message = JsonDocument.Parse(WebPushDecryption.Decrypt(_push.Received[0].Body, _browser));
        Assert.Equal("break", message.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Time for a desk break", message.RootElement.GetProperty("title").GetString());
        Assert.Equal("/player?level=gentle&only=shoulder-blade-squeeze,chest-opener", message.RootElement.GetProperty("url").GetString());
        Assert.Equal("600", _push.Received[0].TimeToLive);
    }

    [Fact]
    public async Task Later_sends_the_reminder_again_after_an_hour_at_most_twice()
    {
        _time.SetUtcNow(MondayMorning);
        await DailyAtAsync("08:30");
        await SubscribeAsync("phone", daily: true, breaks: false);
        _time.Advance(TimeSpan.FromMinutes(30));
        await Sender.SendDueAsync();
        using var anonymous = _app.CreateClient();

        for (var later = 1; later <= 2; later++)
        {
            var token = TokenOf(_push.Received[^1]);
            Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/push/snooze", new { token })).StatusCode);
            _time.Advance(TimeSpan.FromMinutes(59));
            Assert.Equal(0, await Sender.SendDueAsync());
            _time.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(1, await Sender.SendDueAsync());
            Assert.Equal(later + 1, _push.Received.Count);
        }

        var third = await anonymous.PostAsJsonAsync("/api/v1/push/snooze", new { token = TokenOf(_push.Received[^1]) });
        await HttpAssert.ProblemAsync(third, HttpStatusCode.Conflict);
        var forged = await anonymous.PostAsJsonAsync("/api/v1/push/snooze", new { token = "not-a-token" });
        await HttpAssert.FieldErrorAsync(forged, "token");
    }

    [Fact]
    public async Task A_subscription_the_push_service_says_is_gone_is_dropped()
    {
        _time.SetUtcNow(MondayMorning);
        await DailyAtAsync("08:30");
        await SubscribeAsync("old-phone", daily: true, breaks: false);
        _push.MarkGone("old-phone");
        _time.Advance(TimeSpan.FromMinutes(30));
        await Sender.SendDueAsync();
        Assert.Single(_push.Received);
        var endpoint = Uri.EscapeDataString(_push.Endpoint("old-phone"));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/push/subscription?endpoint={endpoint}")).StatusCode);
    }

    [Fact]
    public async Task Setting_the_time_just_after_it_passed_does_not_remind_at_once()
    {
        _time.SetUtcNow(MondayMorning);
        await SubscribeAsync("phone", daily: true, breaks: false);
        _time.Advance(TimeSpan.FromMinutes(31)); // 08:31
        await DailyAtAsync("08:30");
        Assert.Equal(0, await Sender.SendDueAsync());
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await Sender.SendDueAsync());
    }

    [Fact]
    public async Task The_test_message_reaches_this_browser_at_once()
    {
        _time.SetUtcNow(MondayMorning);
        await SubscribeAsync("phone", daily: false, breaks: false);
        var sent = await _client.PostAsJsonAsync("/api/v1/push/test", new { endpoint = _push.Endpoint("phone") });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        using var message = JsonDocument.Parse(WebPushDecryption.Decrypt(Assert.Single(_push.Received).Body, _browser));
        Assert.Equal("test", message.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Reminders are on", message.RootElement.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsJsonAsync("/api/v1/push/test", new { endpoint = _push.Endpoint("unknown") })).StatusCode);
    }

    [Fact]
    public async Task While_a_see_a_doctor_first_outcome_stands_no_reminder_or_desk_break_is_pushed_and_after_a_clearance_they_come_again()
    {
        _time.SetUtcNow(MondayMorning);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/api/v1/disclaimer/acceptance", null)).StatusCode);
        await DailyAtAsync("08:30");
        var hours = await _client.PutAsJsonAsync("/api/v1/reminders/desk-breaks", new { from = "09:00", to = "12:00", days = new[] { "monday", "tuesday" } });
        Assert.Equal(HttpStatusCode.OK, hours.StatusCode);
        await SubscribeAsync("phone", daily: true, breaks: true);
        var answers = AssessmentBodies.Answers("fever", screenHoursPerDay: 8);
        var assessed = await _client.PostAsJsonAsync("/api/v1/assessment", answers);
        Assert.True(assessed.StatusCode == HttpStatusCode.OK, await assessed.Content.ReadAsStringAsync());

        // Monday 08:00 to 12:00 in London: the daily reminder's time and three desk breaks pass, and nothing is sent.
        for (var step = 0; step < 4 * 12; step++)
        {
            Assert.Equal(0, await Sender.SendDueAsync());
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Empty(_push.Received);

        // A doctor cleared them on Monday: on Tuesday the reminder and the breaks come again.
        var cleared = await _client.PostAsJsonAsync("/api/v1/assessment/clearance", new { clearedOn = "2026-06-01" });
        Assert.True(cleared.IsSuccessStatusCode, await cleared.Content.ReadAsStringAsync());
        _time.SetUtcNow(MondayMorning.AddDays(1));
        for (var step = 0; step < 4 * 12; step++)
        {
            await Sender.SendDueAsync();
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        var kinds = _push.Received.Select(p => JsonDocument.Parse(WebPushDecryption.Decrypt(p.Body, _browser)).RootElement.GetProperty("kind").GetString()).ToList();
        Assert.Contains("daily", kinds);
        Assert.Contains("break", kinds);
    }

    private string TokenOf(PushServiceStandIn.ReceivedPush push)
    {
        using var message = JsonDocument.Parse(WebPushDecryption.Decrypt(push.Body, _browser));
        return message.RootElement.GetProperty("snooze").GetProperty("token").GetString()!;
    }

    private async Task DailyAtAsync(string at) =>
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = at })).StatusCode);

    private async Task SubscribeAsync(string id, bool daily, bool breaks)
    {
        var response = await _client.PutAsJsonAsync("/api/v1/push/subscription", new
        {
            endpoint = _push.Endpoint(id),
            keys = new { p256dh = _browser.P256dh, auth = _browser.Auth },
            daily,
            breaks,
            timeZone = "Europe/London",
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
