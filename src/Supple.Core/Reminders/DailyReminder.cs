namespace Supple.Core.Reminders;

/// <summary>When a daily reminder at a local time of day next falls.</summary>
public static class DailyReminder
{
    /// <summary>
    /// The next instant, strictly after <paramref name="now"/>, at which the local clock in <paramref name="zone"/>
    /// shows <paramref name="at"/>. On a day when that time does not exist (clocks go forward) the reminder comes
    /// as soon as the clock passes the gap; when it happens twice (clocks go back), the first one counts.
    /// </summary>
    public static DateTimeOffset NextOccurrence(TimeOnly at, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        for (var day = today.AddDays(-1); ; day = day.AddDays(1))
        {
            var candidate = Instant(day, at, zone);
            if (candidate > now)
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// The instant at which the local clock in <paramref name="zone"/> shows <paramref name="at"/> on
    /// <paramref name="day"/>: just after the gap when that time does not exist that day, the first time when it
    /// happens twice.
    /// </summary>
    public static DateTimeOffset Instant(DateOnly day, TimeOnly at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(at);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            return new DateTimeOffset(local, offsets.Max());
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
