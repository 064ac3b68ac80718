namespace Supple.Web.Push;

/// <summary>The server's Web Push (VAPID) key pair, base64url: the public key as an uncompressed P-256 point, the private key as its scalar.</summary>
public sealed record VapidKeyPair(string PublicKey, string PrivateKey);
