using Supple.Core.History;
using Supple.Core.Sessions;
using Supple.Core.Statistics;

namespace Supple.Data.Tests;

/// <summary>
/// The summary figures of a person's whole history worked out again from the stored sessions alone, with the rules
/// as docs/DATA.md states them and none of the code under test (no <c>SummaryRule</c>, <c>StreakCalculator</c>,
/// <c>PracticeStats.From</c>, <c>CountsAsPractice</c>, <c>Day</c> or <c>NeverFinished</c>): what the summary rows kept on
/// every write must give for a long random history. A fixed history with figures written by hand is <see cref="FixedHistory"/>.
/// </summary>
internal static class RecomputedStats
{
    public static async Task<SummaryFigures> OfAsync(SuppleStore store, string zoneId, DateTimeOffset now)
    {
        var history = await store.GetHistoryAsync(null);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

        // The day a session counts on: the local date in the person's zone when it started.
        int LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime).DayNumber;

        // A record is done when neither skipped nor cut short; a session is practice when logged or one record was done.
        static bool Done(StretchRecord r) => !r.Skipped && !r.Partial;
        var practised = history.Sessions
            .Where(s => s.Source == SessionSource.Logged || s.Stretches.Any(Done))
            .Select(s => LocalDay(s.StartedAt))
            .ToHashSet();

        // Runs of consecutive days, walked one day at a time.
        var longest = 0;
        foreach (var day in practised)
        {
            var length = 0;
            while (practised.Contains(day + length))
            {
                length++;
            }

            longest = Math.Max(longest, length);
        }

        // The latest run counts while it reaches today or yesterday (or a later day, after flying west).
        var current = 0;
        if (practised.Count > 0 && practised.Max() >= today.DayNumber - 1)
        {
            for (var day = practised.Max(); practised.Contains(day); day--)
            {
                current++;
            }
        }

        int InLast(int days) => practised.Count(d => d > today.DayNumber - days && d <= today.DayNumber);
        var ended = history.Sessions.Where(s => s.EndedAt is not null).ToList();
        var pairs = ended.Where(s => s.PainBefore is not null && s.PainAfter is not null).ToList();
        var tallies = new SortedDictionary<string, (int Done, int Skipped, int Hurt)>(StringComparer.Ordinal);
        foreach (var r in history.Sessions.SelectMany(s => s.Stretches))
        {
            var (done, skipped, hurt) = tallies.GetValueOrDefault(r.StretchId);
            tallies[r.StretchId] = (done + (Done(r) ? 1 : 0), skipped + (r.Skipped ? 1 : 0), hurt + (r.Hurt ? 1 : 0));
        }

        return new SummaryFigures(
            history.Sessions.Count,
            ended.Count(s => s.Outcome == SessionOutcome.Completed),
            ended.Count(s => s.Outcome == SessionOutcome.StoppedForPain),
            pairs.Count,
            pairs.Sum(s => s.PainBefore!.Value.Value),
            pairs.Sum(s => s.PainAfter!.Value.Value),
            current,
            longest,
            InLast(7),
            InLast(30),
            string.Join("; ", tallies.Select(t => $"{t.Key} {t.Value.Done}/{t.Value.Skipped}/{t.Value.Hurt}")));
    }

    /// <summary>The same figures as the statistics under test give them.</summary>
    public static SummaryFigures Of(PracticeStats stats) => new(
        stats.Sessions,
        stats.Completed,
        stats.StoppedForPain,
        stats.PainPairs,
        (long)Math.Round((stats.AveragePainBefore ?? 0) * stats.PainPairs),
        (long)Math.Round((stats.AveragePainAfter ?? 0) * stats.PainPairs),
        stats.CurrentStreak,
        stats.LongestStreak,
        stats.DaysLast7,
        stats.DaysLast30,
        string.Join("; ", stats.Stretches.OrderBy(t => t.StretchId, StringComparer.Ordinal).Select(t => $"{t.StretchId} {t.TimesDone}/{t.TimesSkipped}/{t.TimesHurt}")));
}

/// <summary>The summary figures compared between the statistics and a recompute (tallies as "id done/skipped/hurt").</summary>
internal sealed record SummaryFigures(
    int Sessions,
    int Completed,
    int StoppedForPain,
    int PainPairs,
    long PainBeforeSum,
    long PainAfterSum,
    int CurrentStreak,
    int LongestStreak,
    int DaysLast7,
    int DaysLast30,
    string Tallies);
