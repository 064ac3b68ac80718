using System.Text;
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
        return FoldAt75Octets(new CalendarSerializer().SerializeToString(calendar)!);
    }

    /// <summary>
    /// Folds every content line at 75 octets of UTF-8 (RFC 5545, 3.1), never inside a character. Ical.Net folds at 75
    /// characters, which is too long as soon as a line has a letter outside ASCII (a German or French description).
    /// </summary>
    internal static string FoldAt75Octets(string ics)
    {
        ArgumentNullException.ThrowIfNull(ics);
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
        var text = new StringBuilder(unfolded.Length + (unfolded.Length / 70 * 3));
        foreach (var line in unfolded.Split("\r\n"))
        {
            if (text.Length > 0)
            {
                text.Append("\r\n");
            }

            var octets = 0;
            var limit = 75;
            for (var i = 0; i < line.Length; i++)
            {
                var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
                var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
                if (octets + size > limit)
                {
                    text.Append("\r\n ");
                    octets = 0;
                    limit = 74; // a continuation line starts with the space of the fold
                }

                text.Append(line, i, width);
                octets += size;
                i += width - 1;
            }
        }

        return text.ToString();
    }
}
