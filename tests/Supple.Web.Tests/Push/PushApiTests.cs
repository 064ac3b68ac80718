using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Push;

/// <summary>The push API refuses what it cannot use (with the field), and only ever posts to listed push services.</summary>
public sealed class PushApiTests : IAsyncLifetime, IDisposable
{
    private readonly BrowserPushKeys _keys = new();
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

    public void Dispose() => _keys.Dispose();

    [Theory]
    [InlineData("http://fcm.googleapis.com/fcm/send/x")] // not https
    [InlineData("https://evil.example/fcm/send/x")] // not a push service
    [InlineData("https://10.0.0.1/push")] // an address in someone's network
    [InlineData("http://127.0.0.1:9/push")] // loopback, but not listed here
    [InlineData("https://user:secret@fcm.googleapis.com/x")]
    [InlineData("not a url")]
    [InlineData("")]
    public async Task A_subscription_to_anything_but_a_listed_push_service_is_refused(string endpoint)
    {
        var response = await _client.PutAsJsonAsync("/api/v1/push/subscription", new { endpoint, keys = new { p256dh = _keys.P256dh, auth = _keys.Auth } });
        await HttpAssert.FieldErrorAsync(response, "endpoint");
    }

    [Theory]
    [InlineData("p256dh", "AAAA")]
    [InlineData("p256dh", "not base64url!")]
    [InlineData("auth", "AAAA")]
    public async Task Keys_that_are_not_a_browser_s_push_keys_are_refused(string field, string value)
    {
        var keys = new Dictionary<string, string> { ["p256dh"] = _keys.P256dh, ["auth"] = _keys.Auth };
        keys[field] = value;
        var response = await _client.PutAsJsonAsync("/api/v1/push/subscription", new { endpoint = "https://fcm.googleapis.com/fcm/send/x", keys });
        await HttpAssert.FieldErrorAsync(response, "keys." + field);
    }

    [Fact]
    public async Task Subscribing_keeps_the_browser_s_time_zone_when_none_was_chosen_and_never_overrides_one()
    {
        await SubscribeAsync("https://fcm.googleapis.com/fcm/send/1", "America/New_York");
        var next = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/reminders")).GetProperty("nextAt");
        Assert.Equal(JsonValueKind.Null, next.ValueKind);
        await _client.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = "08:30" });
        var nextAt = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/reminders")).GetProperty("nextAt").GetDateTimeOffset();
        Assert.Equal(new TimeOnly(8, 30), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(nextAt, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime));

        await SubscribeAsync("https://fcm.googleapis.com/fcm/send/2", "Asia/Tokyo");
        nextAt = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/reminders")).GetProperty("nextAt").GetDateTimeOffset();
        Assert.Equal(new TimeOnly(8, 30), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(nextAt, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime));

        var bad = await _client.PutAsJsonAsync("/api/v1/push/subscription", new { endpoint = "https://fcm.googleapis.com/fcm/send/3", keys = new { p256dh = _keys.P256dh, auth = _keys.Auth }, timeZone = "Mars/Olympus" });
        await HttpAssert.FieldErrorAsync(bad, "timeZone");
    }

    [Fact]
    public async Task A_browser_s_choices_are_read_back_changed_and_removed()
    {
        const string endpoint = "https://updates.push.services.mozilla.com/wpush/v2/abc";
        var query = "/api/v1/push/subscription?endpoint=" + Uri.EscapeDataString(endpoint);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(query)).StatusCode);
        await SubscribeAsync(endpoint, null, daily: true, breaks: false);
        var read = await _client.GetFromJsonAsync<JsonElement>(query);
        Assert.True(read.GetProperty("daily").GetBoolean());
        Assert.False(read.GetProperty("breaks").GetBoolean());
        await SubscribeAsync(endpoint, null, daily: false, breaks: true);
        read = await _client.GetFromJsonAsync<JsonElement>(query);
        Assert.False(read.GetProperty("daily").GetBoolean());
        Assert.True(read.GetProperty("breaks").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync(query)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.DeleteAsync(query)).StatusCode);
    }

    [Theory]
    [InlineData("17:00", "09:00", "monday", "to")]
    [InlineData("9", "17:00", "monday", "from")]
    [InlineData("09:00", "09:40", "monday", "to")] // too short for a break every 50 minutes
    [InlineData("09:00", "17:00", "someday", "days")]
    [InlineData("09:00", "17:00", null, "days")]
    public async Task Desk_break_hours_that_make_no_sense_are_refused_and_nothing_is_saved(string from, string to, string? day, string field)
    {
        var response = await _client.PutAsJsonAsync("/api/v1/reminders/desk-breaks", new { from, to, days = day is null ? Array.Empty<string>() : [day] });
        await HttpAssert.FieldErrorAsync(response, field);
        var reminders = await _client.GetFromJsonAsync<JsonElement>("/api/v1/reminders");
        Assert.Equal(JsonValueKind.Null, reminders.GetProperty("deskBreaks").ValueKind);
    }

    [Fact]
    public async Task Desk_break_hours_are_saved_with_the_daily_reminder_and_turned_off_again()
    {
        await _client.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = "07:45" });
        var saved = await _client.PutAsJsonAsync("/api/v1/reminders/desk-breaks", new { from = "08:00", to = "16:00", days = new[] { "tuesday", "monday" } });
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("07:45", body.GetProperty("dailyAt").GetString());
        Assert.Equal("08:00", body.GetProperty("deskBreaks").GetProperty("from").GetString());
        Assert.Equal(["monday", "tuesday"], body.GetProperty("deskBreaks").GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("50m", body.GetProperty("deskBreaks").GetProperty("every").GetString());
        var off = await (await _client.DeleteAsync("/api/v1/reminders/desk-breaks")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, off.GetProperty("deskBreaks").ValueKind);
        Assert.Equal("07:45", off.GetProperty("dailyAt").GetString());
    }

    private async Task SubscribeAsync(string endpoint, string? zone, bool daily = true, bool breaks = false)
    {
        var response = await _client.PutAsJsonAsync("/api/v1/push/subscription", new { endpoint, keys = new { p256dh = _keys.P256dh, auth = _keys.Auth }, daily, breaks, timeZone = zone });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
