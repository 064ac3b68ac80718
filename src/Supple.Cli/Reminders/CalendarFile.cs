using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Supple.Core.Reminders;

namespace Supple.Cli.Reminders;

/// <summary>Writes the daily practice event as an RFC 5545 calendar with Ical.Net.</summary>
internal static class CalendarFile
{
    /// <summary>The same UID every time, so importing a newer file updates the event instead of adding a second one.</summary>
    public const string Uid = "daily-practice@supple";

    public static string Write(DailyPracticeEvent practice, TimeZoneInfo zone, DateOnly firstDay, DateTimeOffset stamp)
    {
        var tzId = zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : "UTC";
        var calendar = new Calendar { ProductId = "-//Supple//Supple daily practice//EN" };
        calendar.AddTimeZone(tzId);
        var e = new CalendarEvent
        {
            Uid = Uid,
            Summary = practice.Summary,
            Description = practice.Description,
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
            DtStart = new CalDateTime(firstDay, practice.At, tzId),
            Duration = Duration.FromTimeSpanExact(TimeSpan.FromMinutes(Math.Ceiling(practice.Duration.TotalMinutes))),
            Transparency = TransparencyType.Transparent,
        };
        e.RecurrenceRule = new RecurrencePattern(FrequencyType.Daily, 1);
        e.Alarms.Add(new Alarm
        {
            Action = AlarmAction.Display,
            Description = practice.Summary,
            // Relative to the start; zero is written "P0D" (RFC 5545 dur-value), i.e. at the start.
            Trigger = new Trigger(Duration.FromTimeSpanExact(-practice.AlarmBefore)),
        });
        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
