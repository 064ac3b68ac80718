namespace Supple.Data.Push;

/// <summary>One browser's Web Push subscription as the person's store keeps it.</summary>
/// <param name="Endpoint">The push service's URL for this browser.</param>
/// <param name="P256dh">The browser's P-256 public key, base64url.</param>
/// <param name="Auth">The browser's authentication secret, base64url.</param>
/// <param name="Daily">Send the daily reminder to it.</param>
/// <param name="Breaks">Send desk breaks to it.</param>
public sealed record PushDevice(string Endpoint, string P256dh, string Auth, bool Daily, bool Breaks);
