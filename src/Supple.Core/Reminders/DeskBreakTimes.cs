namespace Supple.Core.Reminders;

/// <summary>
/// When pushed desk breaks fall. A working day with breaks runs like <see cref="BreakScheduler"/> with every break
/// taken when offered: the first break is due <see cref="BreakSettings.Every"/> after the start of the hours, and each
/// next one <see cref="BreakSettings.Every"/> after the previous break ended (so every
/// <see cref="BreakSettings.Every"/> + <see cref="BreakSettings.BreakLength"/>); a break that would not end before the
/// end of the hours is not offered. Local times are turned into instants as <see cref="DailyReminder"/> does, so
/// the hours stay at the same local time across daylight-saving changes.
/// </summary>
public static class DeskBreakTimes
{
    /// <summary>The first break strictly after <paramref name="after"/>.</summary>
    /// <param name="settings">Spacing and break length.</param>
    /// <param name="hours">The working hours and days.</param>
    /// <param name="after">The instant after which to look.</param>
    /// <param name="zone">The person's time zone.</param>
    public static DateTimeOffset Next(BreakSettings settings, DeskBreakHours hours, DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        var cycle = settings.Every + settings.BreakLength;
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime).AddDays(-1);
        for (var day = firstDay; day <= firstDay.AddDays(8); day = day.AddDays(1))
        {
            if (!hours.Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            var start = DailyReminder.Instant(day, hours.From, zone);
            var end = DailyReminder.Instant(day, hours.To, zone);
            var breakAt = start + settings.Every;
            if (breakAt <= after)
            {
                // Jump straight to the cycle just before `after`, instead of walking a long day break by break.
                breakAt += cycle * Math.Floor((after - breakAt) / cycle);
            }

            for (; breakAt + settings.BreakLength <= end; breakAt += cycle)
            {
                if (breakAt > after)
                {
                    return breakAt;
                }
            }
        }

        throw new InvalidOperationException("No desk break fits in the working hours: they are shorter than the spacing of the breaks.");
    }

    /// <summary>Whether at least one break fits in the hours (else <see cref="Next"/> has nothing to give).</summary>
    public static bool AnyFits(BreakSettings settings, DeskBreakHours hours)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(hours);
        return hours.To.ToTimeSpan() - hours.From.ToTimeSpan() >= settings.Every + settings.BreakLength;
    }
}
