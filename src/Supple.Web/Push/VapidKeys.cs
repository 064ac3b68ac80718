using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Supple.Data;

namespace Supple.Web.Push;

/// <summary>
/// The server's Web Push key pair (VAPID, RFC 8292: ECDSA on P-256). Made on first use and kept in the database
/// (<see cref="ServerKeys"/>), so every server of a deployment signs with the same key and subscriptions made through
/// one server work from all of them. Browsers get the public key to subscribe with.
/// </summary>
public sealed class VapidKeys(ServerKeys keys, SuppleStoreFactory stores) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private VapidKeyPair? _pair;

    /// <summary>The key pair (loaded or made once per process).</summary>
    public async Task<VapidKeyPair> GetAsync(CancellationToken ct = default)
    {
        if (_pair is { } pair)
        {
            return pair;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_pair is null)
            {
                await stores.EnsureReadyAsync(ct);
                var json = await keys.GetOrAddAsync(ServerKeys.WebPush, Create, ct);
                _pair = JsonSerializer.Deserialize<VapidKeyPair>(json, JsonSerializerOptions.Web)
                    ?? throw new InvalidOperationException("The stored Web Push key is empty.");
            }

            return _pair;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new P-256 key pair: the public key as an uncompressed point (65 bytes), the private key as its 32-byte scalar, both base64url.</summary>
    public static string Create()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = ecdsa.ExportParameters(includePrivateParameters: true);
        var point = new byte[65];
        point[0] = 0x04;
        parameters.Q.X!.CopyTo(point, 1);
        parameters.Q.Y!.CopyTo(point, 33);
        var pair = new VapidKeyPair(WebEncoders.Base64UrlEncode(point), WebEncoders.Base64UrlEncode(parameters.D!));
        return JsonSerializer.Serialize(pair, JsonSerializerOptions.Web);
    }

    public void Dispose() => _gate.Dispose();
}
