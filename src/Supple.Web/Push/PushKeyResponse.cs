namespace Supple.Web.Push;

/// <summary>The server's public key (VAPID, base64url), for <c>pushManager.subscribe({ applicationServerKey })</c>.</summary>
public sealed record PushKeyResponse(string PublicKey);
