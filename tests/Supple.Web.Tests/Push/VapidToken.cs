using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Supple.Web.Tests.Push;

/// <summary>
/// Checks the server's VAPID authorization (RFC 8292) as a push service does: <c>vapid t=JWT, k=key</c>, the JWT
/// signed with ES256 by the key named in k, for this push service's origin, expiring within 24 hours.
/// </summary>
public static class VapidToken
{
    public sealed record Claims(string Audience, DateTimeOffset Expires, string Subject, string PublicKey);

    public static Claims Verify(string? authorization, Uri endpoint, DateTimeOffset now)
    {
        Assert.False(string.IsNullOrEmpty(authorization), "no Authorization header");
        Assert.StartsWith("vapid ", authorization, StringComparison.Ordinal);
        var parameters = authorization!["vapid ".Length..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var token = parameters["t"];
        var key = WebEncoders.Base64UrlDecode(parameters["k"]);
        Assert.Equal(65, key.Length);

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        using (var header = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[0])))
        {
            Assert.Equal("ES256", header.RootElement.GetProperty("alg").GetString());
        }

        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = key[1..33], Y = key[33..65] },
        });
        var signed = System.Text.Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        Assert.True(ecdsa.VerifyData(signed, WebEncoders.Base64UrlDecode(parts[2]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            "the VAPID token's signature does not match the key it names");

        using var payload = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[1]));
        var root = payload.RootElement;
        var audience = root.GetProperty("aud").GetString()!;
        var expires = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
        // RFC 8292 §2: the push resource's origin. Lib.Net.Http.WebPush writes scheme and host without the port, which is
        // the origin for every real push service (all on 443); this stand-in listens on another port, so the port is
        // only compared when it is there.
        var expected = audience.Count(c => c == ':') > 1 ? endpoint.GetLeftPart(UriPartial.Authority) : $"{endpoint.Scheme}://{endpoint.Host}";
        Assert.Equal(expected, audience);
        Assert.True(expires > now.AddMinutes(-5) && expires <= now.AddHours(24).AddMinutes(5), $"exp {expires} is not within 24 hours of {now}");
        return new Claims(audience, expires, root.GetProperty("sub").GetString()!, parameters["k"]);
    }
}
