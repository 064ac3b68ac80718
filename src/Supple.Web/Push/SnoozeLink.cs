namespace Supple.Web.Push;

/// <summary>Where the service worker posts "Later" (<see cref="Url"/>) and the token it posts.</summary>
public sealed record SnoozeLink(string Url, string Token);
