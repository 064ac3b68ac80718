namespace Supple.Web.Api;

/// <summary>
/// The daily reminder's local time (<c>HH:mm</c>, or <c>null</c> when off), when it next falls in the person's time
/// zone, and the hours of pushed desk breaks (or <c>null</c>).
/// </summary>
public sealed record RemindersResponse(string? DailyAt, DateTimeOffset? NextAt, DeskBreaksResponse? DeskBreaks);
