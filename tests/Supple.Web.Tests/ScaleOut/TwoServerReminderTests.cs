using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Web.Tests.Accounts;
using Supple.Web.Tests.Push;

namespace Supple.Web.Tests.ScaleOut;

/// <summary>
/// Two real <c>supple serve --multi-user</c> processes over one PostgreSQL database, each looking for due reminders
/// every second: a person's daily reminder reaches the push service (a stand-in on loopback) exactly once, and the
/// stand-in can read it with the browser's keys.
/// </summary>
public sealed class TwoServerReminderTests : IAsyncLifetime, IDisposable
{
    private const string Password = "two servers one reminder";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly BrowserPushKeys _browser = new();
    private PushServiceStandIn _push = null!;
    private ServeProcess _one = null!;
    private ServeProcess _two = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _push = await PushServiceStandIn.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Supple__Push__PollSeconds"] = "1",
            ["Supple__Push__EndpointHosts__0"] = "127.0.0.1",
        };
        var one = ServeProcess.StartAsync(_db.ConnectionString, settings);
        var two = ServeProcess.StartAsync(_db.ConnectionString, settings);
        _one = await one;
        _two = await two;
    }

    public async Task DisposeAsync()
    {
        if (_one is not null)
        {
            await _one.DisposeAsync();
        }

        if (_two is not null)
        {
            await _two.DisposeAsync();
        }

        if (_push is not null)
        {
            await _push.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task A_due_daily_reminder_is_sent_once_by_two_servers_looking_every_second()
    {
        using var api = new HttpClient { BaseAddress = _one.BaseAddress };
        Assert.True((await api.PostAsJsonAsync("/api/v1/account/register", new { email = "remind@example.org", password = Password })).IsSuccessStatusCode);
        api.DefaultRequestHeaders.Authorization = new("Bearer", await MultiUserApp.SignInAsync(api, "remind@example.org", Password));

        // The next whole minute, in UTC (the browser's zone here), at least 5 s away so that it is not "just passed".
        var now = DateTimeOffset.UtcNow;
        var due = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(now.Second > 55 ? 2 : 1);
        var dailyAt = due.ToString("HH:mm", CultureInfo.InvariantCulture);
        await OkAsync(api.PutAsJsonAsync("/api/v1/reminders", new { dailyAt }));
        await OkAsync(api.PutAsJsonAsync("/api/v1/push/subscription", new
        {
            endpoint = _push.Endpoint("phone"),
            keys = new { p256dh = _browser.P256dh, auth = _browser.Auth },
            daily = true,
            breaks = false,
            timeZone = "UTC",
        }));

        var deadline = due.AddSeconds(60);
        while (_push.Received.Count == 0)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"no reminder for {dailyAt} UTC by {deadline:HH:mm:ss}\n--- one:\n{_one.Output}\n--- two:\n{_two.Output}");
            await Task.Delay(250);
        }

        // Both servers have looked several times since: still one message.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var received = Assert.Single(_push.Received);
        Assert.Equal("phone", received.Id);
        Assert.InRange(received.At, due, due.AddSeconds(30));
        using var message = JsonDocument.Parse(WebPushDecryption.Decrypt(received.Body, _browser));
        Assert.Equal("daily", message.RootElement.GetProperty("kind").GetString());
    }

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
