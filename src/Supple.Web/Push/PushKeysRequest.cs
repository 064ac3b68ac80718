namespace Supple.Web.Push;

/// <summary>The browser's keys: its P-256 public key and its 16-byte authentication secret, base64url.</summary>
public sealed record PushKeysRequest(string? P256dh, string? Auth);
