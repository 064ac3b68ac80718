using Ical.Net;
using Ical.Net.DataTypes;
using Supple.Cli.Reminders;
using Supple.Core.Reminders;

namespace Supple.Cli.Tests.Reminders;

/// <summary>The .ics file parsed back with Ical.Net, as a calendar app would read it.</summary>
public sealed class CalendarFileTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DailyPracticeEvent Practice = new("Supple: today's stretches", "1. Shoulder blade squeeze\n2. Chest opener stretch\n\nStop if excruciatingly painful.", new TimeOnly(8, 30), TimeSpan.FromSeconds(525), TimeSpan.Zero);

    private static Calendar Parse(string ics) => Calendar.Load(ics)!;

    [Fact]
    public void The_event_recurs_daily_at_the_local_time_with_a_display_alarm()
    {
        var ics = CalendarFile.Write(Practice, London, new DateOnly(2026, 10, 23), new DateTimeOffset(2026, 10, 22, 12, 0, 0, TimeSpan.Zero));

        var calendar = Parse(ics);
        var e = Assert.Single(calendar.Events);
        Assert.Equal("Supple: today's stretches", e.Summary);
        Assert.Equal(Practice.Description, e.Description);
        Assert.Equal(CalendarFile.Uid, e.Uid);
        Assert.Equal("Europe/London", e.DtStart!.TzId);
        Assert.Equal(new DateOnly(2026, 10, 23), e.DtStart.Date);
        Assert.Equal(new TimeOnly(8, 30), e.DtStart.Time);
        Assert.Equal(FrequencyType.Daily, e.RecurrenceRule!.Frequency);
        Assert.Equal(1, e.RecurrenceRule.Interval);
        Assert.Equal(TimeSpan.FromMinutes(9), e.Duration!.Value.ToTimeSpanUnspecified());
        var alarm = Assert.Single(e.Alarms);
        Assert.Equal("DISPLAY", alarm.Action);
        Assert.Equal(TimeSpan.Zero, alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
        Assert.Single(calendar.TimeZones, z => z.TzId == "Europe/London");
        Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("VERSION:2.0", ics, StringComparison.Ordinal);
        Assert.Contains("RRULE:FREQ=DAILY", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Occurrences_stay_at_the_local_time_across_the_clock_change()
    {
        var ics = CalendarFile.Write(Practice, London, new DateOnly(2026, 10, 23), new DateTimeOffset(2026, 10, 22, 12, 0, 0, TimeSpan.Zero));
        var e = Assert.Single(Parse(ics).Events);

        var starts = e.GetOccurrences(new CalDateTime(2026, 10, 23, 0, 0, 0, "Europe/London"))
            .Take(5)
            .Select(o => o.Period.StartTime.ToTimeZone("UTC").Value)
            .ToList();

        // 08:30 BST is 07:30 UTC until 25 October; 08:30 GMT is 08:30 UTC after.
        Assert.Equal(
            [new DateTime(2026, 10, 23, 7, 30, 0), new DateTime(2026, 10, 24, 7, 30, 0), new DateTime(2026, 10, 25, 8, 30, 0), new DateTime(2026, 10, 26, 8, 30, 0), new DateTime(2026, 10, 27, 8, 30, 0)],
            starts);
    }

    [Fact]
    public void An_alarm_before_the_start_is_a_negative_trigger()
    {
        var ics = CalendarFile.Write(Practice with { AlarmBefore = TimeSpan.FromMinutes(10) }, TimeZoneInfo.Utc, new DateOnly(2026, 11, 27), DateTimeOffset.UnixEpoch);

        var alarm = Assert.Single(Assert.Single(Parse(ics).Events).Alarms);
        Assert.Equal(TimeSpan.FromMinutes(-10), alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
    }
}
