using System.Globalization;

namespace Supple.Core.Sessions;

/// <summary>
/// Durations as every Supple front end writes them, so the terminal, the desk-break host and the browser agree:
/// "45 s" under a minute, then "2:05" or "1:02:03".
/// </summary>
public static class DurationText
{
    /// <summary>A duration rounded to whole seconds: "45 s", "2:05", "1:02:03".</summary>
    /// <param name="span">The duration; negative values are written as their rounded seconds.</param>
    public static string Short(TimeSpan span) =>
        Seconds((int)Math.Round(span.TotalSeconds, MidpointRounding.AwayFromZero));

    /// <summary>A whole number of seconds: "45 s" under a minute, otherwise m:ss (or h:mm:ss).</summary>
    /// <param name="seconds">The number of seconds.</param>
    public static string Seconds(int seconds)
    {
        if (seconds < 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{seconds} s");
        }

        return Clock(TimeSpan.FromSeconds(seconds));
    }

    /// <summary>Clock style always ("0:45", "2:05", "1:02:03"), for countdowns; negative values show as 0:00.</summary>
    /// <param name="span">The time left.</param>
    public static string Clock(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalHours >= 1
            ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }
}
