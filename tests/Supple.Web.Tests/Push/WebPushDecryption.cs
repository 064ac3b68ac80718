using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Supple.Web.Tests.Push;

/// <summary>
/// Reads a Web Push message the way a browser does, written here from the RFCs (not from the sending library): the
/// aes128gcm content coding (RFC 8188) with the keys of Message Encryption for Web Push (RFC 8291): ECDH on P-256
/// with the sender's one-off key, HKDF-SHA-256 over the browser's auth secret, AES-128-GCM.
/// </summary>
public static class WebPushDecryption
{
    public static string Decrypt(byte[] body, BrowserPushKeys browser)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(browser);

        // Header (RFC 8188 §2.1): salt (16), record size (4, big-endian), key id length (1), key id.
        var salt = body.AsSpan(0, 16).ToArray();
        var recordSize = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(16, 4));
        int idLength = body[20];
        Assert.Equal(65, idLength); // RFC 8291 §4: the key id is the sender's uncompressed P-256 public key
        var senderPublic = body.AsSpan(21, idLength).ToArray();
        var ciphertext = body.AsSpan(21 + idLength).ToArray();
        Assert.Equal(0x04, senderPublic[0]);
        Assert.True(ciphertext.Length <= recordSize, "a reminder fits in one record");

        using var sender = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = senderPublic[1..33], Y = senderPublic[33..65] },
        });
        var ecdhSecret = browser.Key.DeriveRawSecretAgreement(sender.PublicKey);

        // RFC 8291 §3.4: IKM from the shared secret and the auth secret, bound to both public keys.
        var prkKey = HKDF.Extract(HashAlgorithmName.SHA256, ecdhSecret, browser.AuthSecret);
        byte[] keyInfo = [.. "WebPush: info\0"u8, .. browser.PublicKey, .. senderPublic];
        var ikm = HKDF.Expand(HashAlgorithmName.SHA256, prkKey, 32, keyInfo);

        // RFC 8188 §2.2, §2.3: content-encryption key and nonce from the salt.
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt);
        var cek = HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, "Content-Encoding: aes128gcm\0"u8.ToArray());
        var nonce = HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, "Content-Encoding: nonce\0"u8.ToArray());

        var plain = new byte[ciphertext.Length - 16];
        using (var aes = new AesGcm(cek, 16))
        {
            aes.Decrypt(nonce, ciphertext.AsSpan(0, plain.Length), ciphertext.AsSpan(plain.Length), plain);
        }

        // The last record ends with the delimiter 2, then any padding zeros (RFC 8188 §2).
        var end = plain.Length - 1;
        while (end >= 0 && plain[end] == 0)
        {
            end--;
        }

        Assert.True(end >= 0 && plain[end] == 2, "the record does not end with the last-record delimiter");
        return Encoding.UTF8.GetString(plain, 0, end);
    }
}
