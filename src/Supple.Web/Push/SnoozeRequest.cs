namespace Supple.Web.Push;

/// <summary>"Later" from a notification: the token the reminder carried.</summary>
public sealed record SnoozeRequest(string? Token);
