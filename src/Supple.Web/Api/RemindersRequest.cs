namespace Supple.Web.Api;

/// <summary>The daily reminder: a 24-hour local time such as <c>08:30</c>, or <c>null</c> to turn it off.</summary>
public sealed record RemindersRequest(string? DailyAt);
