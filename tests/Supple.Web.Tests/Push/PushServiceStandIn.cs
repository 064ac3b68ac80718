using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Supple.Web.Tests.Push;

/// <summary>
/// A push service on loopback (RFC 8030's "push resource"): browsers' subscriptions point at
/// <c>/push/{id}</c>; each POST is recorded (headers and encrypted body) and answered 201, or 410 for a subscription
/// the test marked gone. Tests decrypt what arrived with <see cref="WebPushDecryption"/> and check the VAPID token.
/// </summary>
public sealed class PushServiceStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedPush> _received = new();
    private readonly ConcurrentDictionary<string, byte> _gone = new(StringComparer.Ordinal);
    private readonly Func<DateTimeOffset> _clock;

    private PushServiceStandIn(WebApplication app, Func<DateTimeOffset> clock)
    {
        _app = app;
        _clock = clock;
    }

    public sealed record ReceivedPush(string Id, DateTimeOffset At, string? Authorization, string? ContentEncoding, string? TimeToLive, string? Topic, string? Urgency, byte[] Body);

    public IReadOnlyList<ReceivedPush> Received => [.. _received];

    public Uri BaseAddress => new(_app.Urls.First());

    /// <summary>A new subscription's endpoint on this service.</summary>
    public string Endpoint(string id) => new Uri(BaseAddress, "/push/" + id).ToString();

    /// <summary>From now on, this subscription answers 410 Gone (the browser unsubscribed).</summary>
    public void MarkGone(string id) => _gone[id] = 0;

    public static async Task<PushServiceStandIn> StartAsync(Func<DateTimeOffset>? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var standIn = new PushServiceStandIn(app, clock ?? (() => DateTimeOffset.UtcNow));
        app.MapPost("/push/{id}", standIn.ReceiveAsync);
        await app.StartAsync();
        return standIn;
    }

    private async Task<IResult> ReceiveAsync(string id, HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        _received.Enqueue(new ReceivedPush(
            id,
            _clock(),
            request.Headers.Authorization.ToString(),
            request.Headers.ContentEncoding.ToString(),
            request.Headers["TTL"].ToString(),
            request.Headers["Topic"].ToString(),
            request.Headers["Urgency"].ToString(),
            body.ToArray()));
        return _gone.ContainsKey(id) ? Results.StatusCode(StatusCodes.Status410Gone) : Results.Created($"/message/{Guid.NewGuid():N}", null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
