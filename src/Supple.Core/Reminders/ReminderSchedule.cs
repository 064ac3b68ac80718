namespace Supple.Core.Reminders;

/// <summary>
/// Which reminders fall in a span of time for one person: the daily reminder (<see cref="DailyReminder"/>) and desk
/// breaks in the working hours (<see cref="DeskBreakTimes"/>), in the person's time zone. A server that sends
/// reminders asks for the span since it last looked; each reminder is named by its kind and instant, so that several
/// servers asking about the same span can agree on which one sends it.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>The reminders strictly after <paramref name="after"/> and at or before <paramref name="until"/>, oldest first.</summary>
    /// <param name="settings">The person's settings.</param>
    /// <param name="zone">The person's time zone.</param>
    /// <param name="after">Start of the span (excluded).</param>
    /// <param name="until">End of the span (included).</param>
    public static IReadOnlyList<DueReminder> Due(ReminderSettings settings, TimeZoneInfo zone, DateTimeOffset after, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(zone);
        var due = new List<DueReminder>();
        if (until <= after)
        {
            return due;
        }

        if (settings.DailyAt is { } at)
        {
            for (var next = DailyReminder.NextOccurrence(at, after, zone); next <= until; next = DailyReminder.NextOccurrence(at, next, zone))
            {
                due.Add(new DueReminder(ReminderKind.Daily, next));
            }
        }

        if (settings.BreakHours is { } hours && settings.DeskBreaks() is var breaks && DeskBreakTimes.AnyFits(breaks, hours))
        {
            for (var next = DeskBreakTimes.Next(breaks, hours, after, zone); next <= until; next = DeskBreakTimes.Next(breaks, hours, next, zone))
            {
                due.Add(new DueReminder(ReminderKind.DeskBreak, next));
            }
        }

        return [.. due.OrderBy(d => d.At)];
    }
}
