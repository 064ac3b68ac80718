using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Supple.Web.Tests.Push;

/// <summary>
/// What a browser makes when it subscribes: an ECDH P-256 key pair and a 16-byte authentication secret. The server
/// gets the public key and the secret; only the holder of the private key can read what is pushed.
/// </summary>
public sealed class BrowserPushKeys : IDisposable
{
    public BrowserPushKeys()
    {
        Key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var q = Key.ExportParameters(includePrivateParameters: false).Q;
        PublicKey = [0x04, .. q.X!, .. q.Y!];
        AuthSecret = RandomNumberGenerator.GetBytes(16);
    }

    public ECDiffieHellman Key { get; }

    /// <summary>The uncompressed public point (65 bytes).</summary>
    public byte[] PublicKey { get; }

    public byte[] AuthSecret { get; }

    public string P256dh => WebEncoders.Base64UrlEncode(PublicKey);

    public string Auth => WebEncoders.Base64UrlEncode(AuthSecret);

    public void Dispose() => Key.Dispose();
}
