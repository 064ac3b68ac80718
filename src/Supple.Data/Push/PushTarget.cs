namespace Supple.Data.Push;

/// <summary>A browser to send a reminder to.</summary>
/// <param name="Id">The subscription's row id.</param>
/// <param name="Endpoint">The push service's URL for this browser.</param>
/// <param name="P256dh">The browser's P-256 public key, base64url.</param>
/// <param name="Auth">The browser's authentication secret, base64url.</param>
/// <param name="Daily">It takes the daily reminder.</param>
/// <param name="Breaks">It takes desk breaks.</param>
public sealed record PushTarget(long Id, string Endpoint, string P256dh, string Auth, bool Daily, bool Breaks);
