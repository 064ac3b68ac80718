namespace Supple.Core.Statistics;

/// <summary>Everything <c>supple stats</c> shows.</summary>
/// <param name="Today">Today in the person's time zone.</param>
/// <param name="TimeZoneId">That time zone.</param>
/// <param name="CurrentStreak">Consecutive practised days up to today (or yesterday: today is not over).</param>
/// <param name="LongestStreak">The longest run of consecutive practised days.</param>
/// <param name="DaysLast7">Practised days among the last 7, today included.</param>
/// <param name="DaysLast30">Practised days among the last 30, today included.</param>
/// <param name="Sessions">Sessions started or logged.</param>
/// <param name="Completed">Sessions completed.</param>
/// <param name="StoppedForPain">Sessions stopped because a stretch hurt.</param>
/// <param name="Abandoned">Sessions abandoned or never finished.</param>
/// <param name="CompletionRate">Completed / sessions, 0–1; null with no sessions.</param>
/// <param name="PainPairs">Sessions with pain given both before and after.</param>
/// <param name="AveragePainBefore">Average pain before, over those sessions.</param>
/// <param name="AveragePainAfter">Average pain after, over those sessions.</param>
/// <param name="Trend">Pain trend over the last 30 days.</param>
/// <param name="Stretches">Per stretch: done, skipped, hurt; ordered by stretch id.</param>
public sealed record PracticeStats(
    DateOnly Today,
    string TimeZoneId,
    int CurrentStreak,
    int LongestStreak,
    int DaysLast7,
    int DaysLast30,
    int Sessions,
    int Completed,
    int StoppedForPain,
    int Abandoned,
    double? CompletionRate,
    int PainPairs,
    double? AveragePainBefore,
    double? AveragePainAfter,
    PainTrend Trend,
    IReadOnlyList<StretchTally> Stretches)
{
    /// <summary>Average change from before to after (negative = less pain after); null without pairs.</summary>
    public double? AveragePainChange => AveragePainAfter - AveragePainBefore;

    /// <summary>Builds the statistics from what the store keeps up to date.</summary>
    /// <param name="totals">Running totals.</param>
    /// <param name="streak">Streak state.</param>
    /// <param name="recentDays">Practised days of (at least) the last 30 days.</param>
    /// <param name="recentPain">Pain readings of (at least) the last 30 days.</param>
    /// <param name="tallies">Per-stretch tallies.</param>
    /// <param name="now">Now, from the injected clock.</param>
    /// <param name="zone">The person's time zone.</param>
    /// <returns>The statistics.</returns>
    public static PracticeStats From(
        PracticeTotals totals,
        StreakState streak,
        IReadOnlyCollection<DateOnly> recentDays,
        IEnumerable<PainPoint> recentPain,
        IEnumerable<StretchTally> tallies,
        DateTimeOffset now,
        TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(streak);
        ArgumentNullException.ThrowIfNull(recentDays);
        ArgumentNullException.ThrowIfNull(recentPain);
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(zone);
        var today = History.LocalDay.Of(now, zone);
        return new PracticeStats(
            today,
            zone.Id,
            streak.CurrentOn(today),
            streak.Longest,
            StreakCalculator.DaysInWindow(recentDays, today, 7),
            StreakCalculator.DaysInWindow(recentDays, today, 30),
            totals.SessionsStarted,
            totals.Completed,
            totals.StoppedForPain,
            totals.Abandoned,
            totals.SessionsStarted == 0 ? null : (double)totals.Completed / totals.SessionsStarted,
            totals.PainPairs,
            totals.PainPairs == 0 ? null : (double)totals.PainBeforeSum / totals.PainPairs,
            totals.PainPairs == 0 ? null : (double)totals.PainAfterSum / totals.PainPairs,
            PainTrend.Compute(recentPain, now),
            [.. tallies.OrderBy(t => t.StretchId, StringComparer.Ordinal)]);
    }
}
