using System.Globalization;
using System.Text.RegularExpressions;

namespace Supple.Core.Reminders;

/// <summary>Reads the times and durations people type: <c>08:30</c>, <c>50m</c>, <c>8h</c>, <c>1h30m</c>.</summary>
public static partial class ReminderText
{
    /// <summary>Parses a 24-hour time of day such as <c>08:30</c> or <c>7:05</c>.</summary>
    public static bool TryParseTimeOfDay(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>Parses a duration made of hours, minutes and seconds with units, e.g. <c>50m</c>, <c>8h</c>, <c>1h30m</c>, <c>90s</c>.</summary>
    public static bool TryParseDuration(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = text is null ? null : DurationPattern().Match(text.Trim().ToLowerInvariant());
        if (match is null || !match.Success || match.Length == 0)
        {
            return false;
        }

        long seconds = 0;
        foreach (var (group, unit) in new[] { ("h", 3600L), ("m", 60L), ("s", 1L) })
        {
            if (match.Groups[group].Success)
            {
                if (!long.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 1_000_000)
                {
                    return false;
                }

                seconds += value * unit;
            }
        }

        if (seconds <= 0)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>A duration in short words, e.g. <c>1h 30m</c>, <c>50m</c>, <c>45s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            duration = TimeSpan.Zero;
        }

        var hours = (int)duration.TotalHours;
        var parts = new List<string>();
        if (hours > 0)
        {
            parts.Add($"{hours}h");
        }

        if (duration.Minutes > 0)
        {
            parts.Add($"{duration.Minutes}m");
        }

        if (duration.Seconds > 0 || parts.Count == 0)
        {
            parts.Add($"{duration.Seconds}s");
        }

        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"^(?:(?<h>\d+)h)?\s*(?:(?<m>\d+)m(?:in)?)?\s*(?:(?<s>\d+)s)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DurationPattern();
}
