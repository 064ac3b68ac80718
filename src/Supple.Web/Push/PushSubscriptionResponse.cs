namespace Supple.Web.Push;

/// <summary>This browser's reminders: the daily one, desk breaks.</summary>
public sealed record PushSubscriptionResponse(string Endpoint, bool Daily, bool Breaks);
