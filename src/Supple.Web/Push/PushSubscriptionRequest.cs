namespace Supple.Web.Push;

/// <summary>
/// A browser's push subscription as <c>PushSubscription.toJSON()</c> gives it (endpoint and keys), with the reminders
/// this browser should get and, optionally, the browser's IANA time zone (used when the person has none set yet).
/// </summary>
public sealed record PushSubscriptionRequest(string? Endpoint, PushKeysRequest? Keys, bool? Daily, bool? Breaks, string? TimeZone);
