using Supple.Core.Sessions;
using Supple.Core.Statistics;

namespace Supple.Data.Tests;

/// <summary>Statistics recomputed from a person's whole history: what the summary rows kept on write must give.</summary>
internal static class RecomputedStats
{
    public static async Task<PracticeStats> OfAsync(SuppleStore store, string zoneId, DateTimeOffset now)
    {
        var history = await store.GetHistoryAsync(null);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var days = history.Sessions.Where(s => s.CountsAsPractice).Select(s => s.Day).ToList();
        var pairs = history.Sessions.Where(s => s.PainBefore is not null && s.PainAfter is not null).ToList();
        var points = history.PainEntries.Select(p => new PainPoint(p.At, p.Score.Value))
            .Concat(history.Sessions.Where(s => s.PainBefore is not null).Select(s => new PainPoint(s.StartedAt, s.PainBefore!.Value.Value)));
        return PracticeStats.From(
            new PracticeTotals(
                history.Sessions.Count,
                history.Sessions.Count(s => s.Outcome == SessionOutcome.Completed),
                history.Sessions.Count(s => s.Outcome == SessionOutcome.StoppedForPain),
                pairs.Count,
                pairs.Sum(s => s.PainBefore!.Value.Value),
                pairs.Sum(s => s.PainAfter!.Value.Value)),
            StreakCalculator.FromDays(days),
            days,
            points,
            history.Sessions.SelectMany(s => s.Stretches).GroupBy(r => r.StretchId)
                .Select(g => new StretchTally(g.Key, g.Count(r => !r.Skipped), g.Count(r => r.Skipped), g.Count(r => r.Hurt))),
            now,
            zone);
    }
}
