namespace Supple.Web.Api;

/// <summary>The daily reminder's local time (<c>HH:mm</c>, or <c>null</c> when off) and when it next falls in the person's time zone.</summary>
public sealed record RemindersResponse(string? DailyAt, DateTimeOffset? NextAt);
