using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Core.Statistics;

namespace Supple.Data.Tests;

/// <summary>
/// One small history with its statistics worked out by hand (the figures are written here, not computed): what any
/// store and the fast SQLite reader must give for it. The person lives in New York; "today" is Saturday 10 January
/// 2026 there (2026-01-10 17:00 UTC is 12:00 in New York).
/// </summary>
internal static class FixedHistory
{
    public const string Zone = "America/New_York";

    public static readonly DateTimeOffset Now = new(2026, 1, 10, 17, 0, 0, TimeSpan.Zero);

    private static StretchRecord Done(string id) => new(id, Side.None, 2, 1, 30, Skipped: false, Hurt: false);

    /// <summary>
    /// The sessions, by local day in New York:
    /// <list type="bullet">
    /// <item>Fri 2 Jan: logged (child-pose done), pain 7 → 5.</item>
    /// <item>Mon 5 Jan: logged, no stretches, no pain.</item>
    /// <item>Tue 6 Jan: guided, shoulder-blade-squeeze and cat-camel done, completed, pain 5 → 3.</item>
    /// <item>Wed 7 Jan 21:00 (Thu 8 Jan 02:00 UTC: the local day counts): guided, shoulder-blade-squeeze done, cat-camel skipped, completed, pain 6 → 4.</item>
    /// <item>Thu 8 Jan: guided, cat-camel cut short because it hurt, stopped for pain, pain 4 → none: no stretch done, so not a practised day.</item>
    /// <item>Fri 9 Jan: guided, seated-twist done, never finished, pain 2.</item>
    /// <item>Sat 10 Jan: guided, shoulder-blade-squeeze done, completed, pain 3 → 1.</item>
    /// </list>
    /// And another person's logged session on 10 January, which must not count.
    /// </summary>
    public static async Task WriteAsync(SuppleStore store, SuppleStore other)
    {
        await store.LogSessionAsync(new LoggedSession(new DateTimeOffset(2026, 1, 2, 18, 0, 0, TimeSpan.Zero), "built-in", DosageLevel.Standard, [Done("child-pose")], 7, 5));
        await store.LogSessionAsync(new LoggedSession(new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero), "built-in", DosageLevel.Standard, []));

        var jan6 = new DateTimeOffset(2026, 1, 6, 14, 0, 0, TimeSpan.Zero);
        var s1 = await store.StartSessionAsync(new SessionStart(jan6, "built-in", DosageLevel.Standard, 5, ["shoulder-blade-squeeze", "cat-camel"]));
        await store.RecordStretchAsync(s1, Done("shoulder-blade-squeeze"), jan6.AddMinutes(3));
        await store.RecordStretchAsync(s1, Done("cat-camel"), jan6.AddMinutes(6));
        await store.FinishSessionAsync(s1, SessionOutcome.Completed, jan6.AddMinutes(7), 3, null);

        var jan7Late = new DateTimeOffset(2026, 1, 8, 2, 0, 0, TimeSpan.Zero);
        var s2 = await store.StartSessionAsync(new SessionStart(jan7Late, "built-in", DosageLevel.Standard, 6, ["shoulder-blade-squeeze", "cat-camel"]));
        await store.RecordStretchAsync(s2, Done("shoulder-blade-squeeze"), jan7Late.AddMinutes(3));
        await store.RecordStretchAsync(s2, new StretchRecord("cat-camel", Side.None, 0, 0, 0, Skipped: true, Hurt: false), jan7Late.AddMinutes(4));
        await store.FinishSessionAsync(s2, SessionOutcome.Completed, jan7Late.AddMinutes(5), 4, null);

        var jan8 = new DateTimeOffset(2026, 1, 8, 15, 0, 0, TimeSpan.Zero);
        var s3 = await store.StartSessionAsync(new SessionStart(jan8, "built-in", DosageLevel.Standard, 4, ["cat-camel"]));
        await store.RecordStretchAsync(s3, new StretchRecord("cat-camel", Side.None, 1, 0, 10, Skipped: false, Hurt: true, Partial: true), jan8.AddMinutes(1));
        await store.FinishSessionAsync(s3, SessionOutcome.StoppedForPain, jan8.AddMinutes(1), null, new HurtReport("cat-camel", Side.None, jan8.AddMinutes(1)));

        var jan9 = new DateTimeOffset(2026, 1, 9, 14, 0, 0, TimeSpan.Zero);
        var s4 = await store.StartSessionAsync(new SessionStart(jan9, "built-in", DosageLevel.Standard, 2, ["seated-twist", "cat-camel"]));
        await store.RecordStretchAsync(s4, Done("seated-twist"), jan9.AddMinutes(2));

        var jan10 = new DateTimeOffset(2026, 1, 10, 13, 0, 0, TimeSpan.Zero);
        var s5 = await store.StartSessionAsync(new SessionStart(jan10, "built-in", DosageLevel.Standard, 3, ["shoulder-blade-squeeze"]));
        await store.RecordStretchAsync(s5, Done("shoulder-blade-squeeze"), jan10.AddMinutes(3));
        await store.FinishSessionAsync(s5, SessionOutcome.Completed, jan10.AddMinutes(4), 1, null);

        await other.LogSessionAsync(new LoggedSession(jan10, "built-in", DosageLevel.Full, [Done("child-pose"), Done("cat-camel")], 9, 9));
    }

    /// <summary>Asserts the figures worked out by hand.</summary>
    public static void AssertFigures(PracticeStats stats)
    {
        // Practised days (local): 2, 5, 6, 7, 9, 10 January (not the 8th: its only stretch was cut short).
        Assert.Equal(new DateOnly(2026, 1, 10), stats.Today);
        Assert.Equal(2, stats.CurrentStreak); // 9–10 January
        Assert.Equal(3, stats.LongestStreak); // 5–7 January
        Assert.Equal(5, stats.DaysLast7); // 4–10 January: 5, 6, 7, 9, 10
        Assert.Equal(6, stats.DaysLast30);

        // Seven sessions: two logged (completed) and three guided completed, one stopped for pain, one never finished.
        Assert.Equal(7, stats.Sessions);
        Assert.Equal(5, stats.Completed);
        Assert.Equal(1, stats.StoppedForPain);
        Assert.Equal(5.0 / 7, stats.CompletionRate!.Value, 6);

        // Pain pairs of ended sessions: (7, 5), (5, 3), (6, 4), (3, 1): before 21 / 4, after 13 / 4.
        Assert.Equal(4, stats.PainPairs);
        Assert.Equal(5.25, stats.AveragePainBefore!.Value, 6);
        Assert.Equal(3.25, stats.AveragePainAfter!.Value, 6);

        // Per stretch: done / skipped / hurt.
        Assert.Equal(
            ["cat-camel 1/1/1", "child-pose 1/0/0", "seated-twist 1/0/0", "shoulder-blade-squeeze 3/0/0"],
            stats.Stretches.Select(t => $"{t.StretchId} {t.TimesDone}/{t.TimesSkipped}/{t.TimesHurt}").Order(StringComparer.Ordinal));
    }
}
