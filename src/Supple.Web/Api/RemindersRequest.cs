using System.Text.Json.Serialization;

namespace Supple.Web.Api;

/// <summary>
/// The daily reminder: a 24-hour local time such as <c>08:30</c>, or <c>null</c> to turn it off. <c>dailyAt</c> must be
/// given (a PUT changes only what it names, so an empty body is refused rather than read as "off").
/// </summary>
public sealed record RemindersRequest([property: JsonRequired] string? DailyAt);
