namespace Supple.Core.History;

/// <summary>The calendar day an instant falls on for a person: days are counted in their time zone.</summary>
public static class LocalDay
{
    /// <summary>The calendar day of <paramref name="instant"/> in <paramref name="zone"/> (a session at 00:30 counts for the new day).</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The person's time zone.</param>
    /// <returns>The local calendar day.</returns>
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>Finds a time zone by IANA or Windows id, falling back to <paramref name="fallback"/> when unknown or empty.</summary>
    /// <param name="id">The id, e.g. <c>Europe/London</c>.</param>
    /// <param name="fallback">The zone to use when <paramref name="id"/> is empty or unknown.</param>
    /// <returns>The zone.</returns>
    public static TimeZoneInfo ZoneOrDefault(string? id, TimeZoneInfo fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        if (string.IsNullOrWhiteSpace(id))
        {
            return fallback;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : fallback;
    }
}
