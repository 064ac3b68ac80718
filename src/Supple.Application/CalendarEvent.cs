using Supple.Core.Reminders;

namespace Supple.Application;

/// <summary>The daily practice event to export: what it says, its time zone and its first day.</summary>
/// <param name="Practice">The event (today's stretches, paused ones left out, and the stop rule).</param>
/// <param name="TimeZone">The time zone it recurs in.</param>
/// <param name="FirstDay">The first day it falls on.</param>
public sealed record CalendarEvent(DailyPracticeEvent Practice, TimeZoneInfo TimeZone, DateOnly FirstDay);
