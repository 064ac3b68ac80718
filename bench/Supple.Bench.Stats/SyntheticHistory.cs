using Supple.Data;

namespace Supple.Bench.Stats;

/// <summary>
/// A made-up but plausible history: a session on most days (the article asks for daily practice), each with the seven
/// stretches (two of them on both sides), pain before and after, a pain diary entry most days, and pain easing slowly.
/// </summary>
internal static class SyntheticHistory
{
    private static readonly (string Id, bool Sided)[] Stretches =
    [
        ("shoulder-blade-squeeze", false), ("upper-trapezius-stretch", true), ("cat-camel", false), ("thoracic-extension", false),
        ("childs-pose", false), ("chest-opener", false), ("seated-twist", true),
    ];

    /// <param name="days">How many days of history, ending at <paramref name="end"/>.</param>
    /// <param name="end">The last moment of the history.</param>
    /// <param name="seed">The random seed: the same seed gives the same history.</param>
    /// <param name="sessionCount">Exactly this many sessions, on days picked at random; null: one on about 97 % of days.</param>
    /// <param name="painCount">Exactly this many pain diary entries likewise; null: one on about 95 % of days.</param>
    public static ExportDocument Generate(int days, DateTimeOffset end, int seed, int? sessionCount = null, int? painCount = null)
    {
        var random = new Random(seed);
        var sessionDays = sessionCount is { } sessionsWanted ? Pick(new Random(seed + 1), days, sessionsWanted) : null;
        var painDays = painCount is { } painWanted ? Pick(new Random(seed + 2), days, painWanted) : null;
        var sessions = new List<ExportedSession>(days);
        var pain = new List<ExportedPainEntry>(days);
        var start = end.AddDays(-days);
        for (var d = 0; d < days; d++)
        {
            var day = start.AddDays(d);
            var progress = (double)d / days;
            var baseline = 6.5 - (3.5 * progress);
            if (sessionDays?.Contains(d) ?? random.NextDouble() < 0.97)
            {
                var startedAt = day.AddHours(7 + random.Next(14)).AddMinutes(random.Next(60));
                var roll = random.NextDouble();
                var outcome = roll < 0.86 ? "completed" : roll < 0.91 ? "stopped-for-pain" : "abandoned";
                var records = new List<ExportedStretch>();
                var at = startedAt;
                var stopAt = outcome == "completed" ? int.MaxValue : random.Next(1, 7);
                var index = 0;
                foreach (var (id, sided) in Stretches)
                {
                    foreach (var side in sided ? new[] { "left", "right" } : ["none"])
                    {
                        if (index++ >= stopAt)
                        {
                            break;
                        }

                        at = at.AddSeconds(60 + random.Next(60));
                        var skipped = random.NextDouble() < 0.04;
                        var hurt = outcome == "stopped-for-pain" && index == stopAt;
                        records.Add(new ExportedStretch(id, side, skipped ? 0 : 2 + random.Next(10), skipped ? 0 : 1 + random.Next(3), skipped ? 0 : 20 + random.Next(60), skipped, hurt, at));
                    }
                }

                var before = Clamp(baseline + (random.NextDouble() * 2) - 1);
                var after = Clamp(before - 1 - random.Next(2));
                var last = records.Count > 0 ? records[^1] : null;
                sessions.Add(new ExportedSession(
                    Guid.NewGuid(), startedAt, outcome == "abandoned" ? null : at.AddSeconds(30), DateOnly.FromDateTime(startedAt.UtcDateTime), "Etc/UTC",
                    "built-in", "standard", "guided", outcome, before, outcome == "abandoned" ? null : after,
                    outcome == "stopped-for-pain" ? last?.Stretch : null, outcome == "stopped-for-pain" ? last?.Side : null, outcome == "stopped-for-pain" ? at : null,
                    null, records));
            }

            if (painDays?.Contains(d) ?? random.NextDouble() < 0.95)
            {
                var at = day.AddHours(18 + random.Next(4));
                pain.Add(new ExportedPainEntry(Guid.NewGuid(), at, Clamp(baseline + (random.NextDouble() * 3) - 1.5), random.Next(3) == 0 ? "neck" : "upper-back", null));
            }
        }

        return new ExportDocument(ExportDocument.FormatName, ExportDocument.CurrentVersion, end, "Etc/UTC", sessions, pain);
    }

    private static HashSet<int> Pick(Random random, int days, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, days);
        var all = Enumerable.Range(0, days).ToArray();
        random.Shuffle(all);
        return [.. all[..count]];
    }

    private static int Clamp(double value) => (int)Math.Clamp(Math.Round(value), 0, 10);
}
