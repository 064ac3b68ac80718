using System.Globalization;

namespace Supple.Core.Statistics;

/// <summary>The least-squares line through recent pain readings.</summary>
/// <param name="WindowDays">Length of the window, in days.</param>
/// <param name="Readings">How many readings the line was fitted to.</param>
/// <param name="SlopePerDay">Change in pain per day (negative = falling); null when there is not enough data.</param>
/// <param name="Direction">The direction, with a dead band of half a point over the days that have readings.</param>
public sealed record PainTrend(int WindowDays, int Readings, double? SlopePerDay, PainTrendDirection Direction)
{
    /// <summary>Default window: the last 30 days.</summary>
    public const int DefaultWindowDays = 30;

    /// <summary>A change smaller than this over the whole window counts as steady.</summary>
    public const double SteadyBand = 0.5;

    /// <summary>Fewest readings for a trend.</summary>
    public const int MinimumReadings = 3;

    /// <summary>
    /// Days from the first reading to the last: the stretch of time the readings describe. The trend is told over
    /// these days only, never extrapolated over the rest of the window.
    /// </summary>
    public double SpanDays { get; init; }

    /// <summary>
    /// The fitted change over the whole window, in points; null when there is not enough data. It extrapolates over
    /// days without readings: the words and the chart use <see cref="ChangeOverSpan"/>.
    /// </summary>
    public double? ChangeOverWindow => SlopePerDay * WindowDays;

    /// <summary>The fitted change from the first reading to the last, in points; null when there is not enough data.</summary>
    public double? ChangeOverSpan => SlopePerDay * SpanDays;

    /// <summary>The trend in words, e.g. "improving: down 1.2 points over 12 days".</summary>
    public string Words => Direction switch
    {
        PainTrendDirection.NotEnoughData => $"not enough readings (need {MinimumReadings} on 2 or more days in the last {WindowDays} days)",
        PainTrendDirection.Steady => string.Create(CultureInfo.InvariantCulture, $"steady: about the same over {SpanWords}"),
        PainTrendDirection.Improving => string.Create(CultureInfo.InvariantCulture, $"improving: down {-ChangeOverSpan!.Value:0.0} points over {SpanWords}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"worsening: up {ChangeOverSpan!.Value:0.0} points over {SpanWords}"),
    };

    private string SpanWords => Math.Round(SpanDays) is var days && days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, days):0} days");

    /// <summary>Fits the trend of the readings in the <paramref name="windowDays"/> days up to <paramref name="now"/>.</summary>
    /// <param name="readings">Pain readings (any order; those outside the window are ignored).</param>
    /// <param name="now">Now, from the injected clock.</param>
    /// <param name="windowDays">Window length in days.</param>
    /// <returns>The trend.</returns>
    public static PainTrend Compute(IEnumerable<PainPoint> readings, DateTimeOffset now, int windowDays = DefaultWindowDays)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        var from = now - TimeSpan.FromDays(windowDays);
        var points = new List<PainPoint>();
        var days = new HashSet<int>();
        foreach (var p in readings)
        {
            if (p.At >= from && p.At <= now)
            {
                points.Add(p);
                days.Add(DateOnly.FromDateTime(p.At.UtcDateTime).DayNumber);
            }
        }

        if (points.Count < MinimumReadings || days.Count < 2)
        {
            return new PainTrend(windowDays, points.Count, null, PainTrendDirection.NotEnoughData);
        }

        // Sorted so that the floating-point sums do not depend on the order the readings were read in.
        points.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Score.CompareTo(b.Score));

        // x = days since the start of the window (real elapsed time), y = score.
        double n = points.Count, sumX = 0, sumY = 0, sumXx = 0, sumXy = 0;
        foreach (var p in points)
        {
            var x = (p.At - from).TotalDays;
            sumX += x;
            sumY += p.Score;
            sumXx += x * x;
            sumXy += x * p.Score;
        }

        var denominator = (n * sumXx) - (sumX * sumX);
        if (denominator <= 1e-9)
        {
            return new PainTrend(windowDays, points.Count, null, PainTrendDirection.NotEnoughData);
        }

        var slope = ((n * sumXy) - (sumX * sumY)) / denominator;
        var span = (points[^1].At - points[0].At).TotalDays;
        var change = slope * span;
        var direction = Math.Abs(change) < SteadyBand ? PainTrendDirection.Steady
            : change < 0 ? PainTrendDirection.Improving
            : PainTrendDirection.Worsening;
        return new PainTrend(windowDays, points.Count, slope, direction) { SpanDays = span };
    }
}
