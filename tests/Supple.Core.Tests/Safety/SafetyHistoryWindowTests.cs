using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Core.Tests.Planning;

namespace Supple.Core.Tests.Safety;

/// <summary>
/// <see cref="SafetyRules.HistoryNeededSince"/> lets the doors read a cut history (recent sessions and check-ins, plus
/// every older session in which something hurt) instead of years of it. These tests replay random histories and check
/// that today's session is the same on the cut history as on the whole one — the plan's levels, the pauses, the
/// advice — and that the cut is not a no-op: dropping the old hurts as well changes the answer for some histories.
/// </summary>
public sealed class SafetyHistoryWindowTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 7, 0, 0, TimeSpan.Zero);
    private static readonly string[] Ids = [.. ArticleProgramme.Instance.Stretches.Select(s => s.Id)];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Today_on_the_cut_history_is_today_on_the_whole_history(int seed)
    {
        var random = new Random(seed);
        var (history, now) = RandomHistory(random);
        var planMade = random.Next(3) switch
        {
            0 => Start.AddDays(-1), // a plan older than the whole history
            1 => now.AddDays(-random.Next(1, 14)), // a plan made inside the trend window
            _ => Start.AddDays(random.Next(0, 400)),
        };
        var plan = Answers.PlanFor(Answers.With(PainCause.Posture), planMade);
        var pain = random.Next(4) == 0 ? (PainScore?)null : new PainScore(random.Next(0, 11));
        var cutForPlan = Cut(history, SafetyRules.HistoryNeededSince(now, plan.CreatedAt), keepHurts: true);
        var cutForRoutine = Cut(history, SafetyRules.HistoryNeededSince(now, planCreatedAt: null), keepHurts: true);

        AssertSame(
            TodaysSessionPlanner.Build(ArticleProgramme.Instance, plan, history, pain, now),
            TodaysSessionPlanner.Build(ArticleProgramme.Instance, plan, cutForPlan, pain, now));
        var routine = Routine.All(ArticleProgramme.Instance, DosageLevel.Standard);
        AssertSame(
            TodaysSessionPlanner.ForRoutine(ArticleProgramme.Instance, routine, history, pain, now),
            TodaysSessionPlanner.ForRoutine(ArticleProgramme.Instance, routine, cutForRoutine, pain, now));
    }

    [Fact]
    public void The_cut_drops_most_of_a_long_history_and_the_old_hurts_it_keeps_matter()
    {
        var dropped = 0;
        var differsWithoutOldHurts = 0;
        var paused = 0;
        foreach (var seed in Enumerable.Range(1, 60))
        {
            var random = new Random(seed);
            var (history, now) = RandomHistory(random);
            var since = SafetyRules.HistoryNeededSince(now, planCreatedAt: null);
            var cut = Cut(history, since, keepHurts: true);
            dropped += history.Sessions.Count - cut.Sessions.Count;
            var routine = Routine.All(ArticleProgramme.Instance, DosageLevel.Standard);
            var whole = TodaysSessionPlanner.ForRoutine(ArticleProgramme.Instance, routine, history, null, now);
            paused += whole.Progress.Count(p => p.IsPaused);
            var wrong = TodaysSessionPlanner.ForRoutine(ArticleProgramme.Instance, routine, Cut(history, since, keepHurts: false), null, now);
            if (!whole.Progress.SequenceEqual(wrong.Progress))
            {
                differsWithoutOldHurts++;
            }
        }

        Assert.True(dropped > 60 * 300, $"only {dropped} sessions dropped");
        Assert.True(paused > 0, "no history paused a stretch: the comparison would not see a lost hurt");
        Assert.True(differsWithoutOldHurts > 0, "dropping the old hurts never changed the answer: the test could not fail");
    }

    [Fact]
    public void The_rules_read_back_to_the_trend_window_or_to_an_older_plan()
    {
        var now = new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(now - SafetyRules.TrendWindow, SafetyRules.HistoryNeededSince(now, null));
        Assert.Equal(now - SafetyRules.TrendWindow, SafetyRules.HistoryNeededSince(now, now.AddDays(-3)));
        Assert.Equal(now.AddDays(-400), SafetyRules.HistoryNeededSince(now, now.AddDays(-400)));
    }

    /// <summary>What the store returns for <c>GetHistoryAsync(since, withEveryHurt)</c>, computed in memory.</summary>
    private static SafetyHistory Cut(SafetyHistory history, DateTimeOffset since, bool keepHurts) => new(
        [.. history.Sessions.Where(s => s.StartedAt >= since || (keepHurts && (s.Hurt is not null || s.Stretches.Any(r => r.Hurt))))],
        [.. history.PainEntries.Where(e => e.At >= since)],
        history.Resumptions);

    private static (SafetyHistory History, DateTimeOffset Now) RandomHistory(Random random)
    {
        var sessions = new List<PracticeSession>();
        var entries = new List<PainEntry>();
        var resumptions = new List<StretchResumption>();
        var at = Start;
        for (var day = 0; day < 500; day++)
        {
            at = Start.AddDays(day).AddMinutes(random.Next(0, 600));
            if (random.Next(10) < 8)
            {
                var before = random.Next(5) == 0 ? (int?)null : random.Next(0, 11);
                var after = random.Next(5) == 0 ? (int?)null : Math.Clamp((before ?? 4) + random.Next(-3, 4), 0, 10);
                var records = Ids.Where(_ => random.Next(4) != 0)
                    .Select(id => new StretchRecord(id, Side.None, 5, 1, 30, Skipped: random.Next(8) == 0, Hurt: random.Next(40) == 0))
                    .ToList();
                var hurt = random.Next(60) == 0 ? new HurtReport(Ids[random.Next(Ids.Length)], Side.None, at.AddMinutes(5)) : null;
                sessions.Add(new PracticeSession(
                    Guid.NewGuid(), at, at.AddMinutes(10), DateOnly.FromDateTime(at.UtcDateTime), "built-in", DosageLevel.Standard,
                    hurt is null ? SessionOutcome.Completed : SessionOutcome.StoppedForPain, SessionSource.Guided,
                    before is { } b ? new PainScore(b) : null, after is { } a ? new PainScore(a) : null, hurt, records, null));
            }

            if (random.Next(3) == 0)
            {
                entries.Add(PainEntry.Create(at.AddHours(2), new PainScore(random.Next(0, 11))));
            }

            if (random.Next(150) == 0)
            {
                resumptions.Add(new StretchResumption(Ids[random.Next(Ids.Length)], at.AddHours(3)));
            }
        }

        // Shuffled: the rules take the history "in any order".
        return (new SafetyHistory([.. sessions.OrderBy(_ => random.Next())], [.. entries.OrderBy(_ => random.Next())], resumptions), at.AddHours(4));
    }

    private static void AssertSame(TodaysSession whole, TodaysSession cut)
    {
        Assert.Equal(whole.Gentle, cut.Gentle);
        Assert.Equal(whole.Routine.Items, cut.Routine.Items);
        Assert.Equal(whole.Progress, cut.Progress);
        Assert.Equal(whole.Advice.Select(a => (a.Kind, a.Title, a.Message, a.StretchId)), cut.Advice.Select(a => (a.Kind, a.Title, a.Message, a.StretchId)));
    }
}
