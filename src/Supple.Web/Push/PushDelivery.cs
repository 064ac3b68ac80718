using System.Net;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.Extensions.Options;
using Supple.Data.Push;

namespace Supple.Web.Push;

/// <summary>
/// Sends one message to one browser through its push service (RFC 8030), encrypted for the browser (RFC 8291,
/// aes128gcm) and signed with the server's key (VAPID, RFC 8292), with Lib.Net.Http.WebPush.
/// </summary>
public sealed partial class PushDelivery : IDisposable
{
    private readonly HttpClient _http;
    private readonly PushServiceClient _client;
    private readonly VapidKeys _keys;
    private readonly IOptions<PushOptions> _options;
    private readonly ILogger<PushDelivery> _log;

    public PushDelivery(VapidKeys keys, IOptions<PushOptions> options, ILogger<PushDelivery> log)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        _keys = keys;
        _options = options;
        _log = log;
        // Push services are few and long-lived: one pooled client, refreshed now and then for DNS changes, and no
        // redirects (a push service answers, it does not send the server elsewhere).
        _http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        { Timeout = TimeSpan.FromSeconds(30) };
        _client = new PushServiceClient(_http) { AutoRetryAfter = false };
    }

    /// <summary>Sends <paramref name="payload"/> (JSON) to <paramref name="target"/>; says whether it was accepted, refused, or the subscription is gone.</summary>
    public async Task<PushResult> SendAsync(PushTarget target, string payload, TimeSpan timeToLive, string topic, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(payload);
        var options = _options.Value;
        if (!PushEndpoints.IsAllowed(target.Endpoint, options.EndpointHosts))
        {
            // Saved before the list changed: never post to an address that is not a listed push service.
            return PushResult.Gone;
        }

        var pair = await _keys.GetAsync(ct);
        using var authentication = new VapidAuthentication(pair.PublicKey, pair.PrivateKey) { Subject = options.Subject };
        var subscription = new PushSubscription { Endpoint = target.Endpoint };
        subscription.SetKey(PushEncryptionKeyName.P256DH, target.P256dh);
        subscription.SetKey(PushEncryptionKeyName.Auth, target.Auth);
        var message = new PushMessage(payload)
        {
            TimeToLive = (int)Math.Clamp(timeToLive.TotalSeconds, 0, 4 * 7 * 24 * 3600),
            Topic = topic,
            Urgency = PushMessageUrgency.Normal,
        };
        try
        {
            await _client.RequestPushMessageDeliveryAsync(subscription, message, authentication, VapidAuthenticationScheme.Vapid, ct);
            return PushResult.Sent;
        }
        catch (PushServiceClientException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return PushResult.Gone;
        }
        catch (PushServiceClientException ex)
        {
            LogRefused(_log, new Uri(target.Endpoint).Host, (int)ex.StatusCode, ex.Message);
            return PushResult.Failed;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ArgumentException or FormatException && !ct.IsCancellationRequested)
        {
            LogUnreachable(_log, new Uri(target.Endpoint).Host, ex.Message);
            return PushResult.Failed;
        }
    }

    public void Dispose()
    {
        _http.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The push service {Host} refused a reminder ({Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string host, int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The push service {Host} could not be reached: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string host, string reason);
}
