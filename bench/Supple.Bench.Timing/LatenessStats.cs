namespace Supple.Bench.Timing;

/// <summary>Lateness of cues against their ideal times, in milliseconds (negative = early).</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Cues">How many cues.</param>
/// <param name="Median">Median lateness.</param>
/// <param name="P90">90th percentile lateness.</param>
/// <param name="P99">99th percentile lateness.</param>
/// <param name="Max">Largest lateness.</param>
/// <param name="Min">Smallest lateness (negative means a cue came early).</param>
/// <param name="Over5Ms">How many cues were more than 5 ms late.</param>
/// <param name="EndDrift">Lateness of the last cue (end of session).</param>
public sealed record LatenessStats(string Name, int Cues, double Median, double P90, double P99, double Max, double Min, int Over5Ms, double EndDrift)
{
    public static LatenessStats From(string name, IReadOnlyList<double> latenessMs)
    {
        ArgumentNullException.ThrowIfNull(latenessMs);
        if (latenessMs.Count == 0)
        {
            throw new ArgumentException("No cues were measured.", nameof(latenessMs));
        }

        var sorted = latenessMs.Order().ToArray();
        return new LatenessStats(
            name,
            sorted.Length,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.90),
            Percentile(sorted, 0.99),
            sorted[^1],
            sorted[0],
            sorted.Count(x => x > 5),
            latenessMs[^1]);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
