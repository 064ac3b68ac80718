using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;
using Supple.Core.Statistics;

namespace Supple.Data.Tests;

/// <summary>The store's behaviour, run against each provider (see the subclasses).</summary>
public abstract class StoreContractTests
{
    protected static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>A location to open (new, or shared with other tests that use other user ids).</summary>
    protected abstract StoreLocation NewLocation();

    protected async Task<SuppleStore> OpenAsync(StoreLocation? location = null, string? userId = null, string zone = "Europe/London")
    {
        var store = await SuppleStore.OpenAsync(location ?? NewLocation(), Time, userId ?? "user-" + Guid.NewGuid().ToString("N"));
        await store.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = zone });
        return store;
    }

    private static SessionStart Start(DateTimeOffset at, int? painBefore = null) =>
        new(at, "built-in", DosageLevel.Standard, painBefore, ["shoulder-blade-squeeze", "child-pose"]);

    [Fact]
    public async Task Settings_start_as_defaults_and_round_trip()
    {
        await using var store = await SuppleStore.OpenAsync(NewLocation(), Time, "settings-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(UserSettings.Default, await store.GetSettingsAsync());

        var settings = new UserSettings("America/New_York", Monday, DosageLevel.Gentle, VoiceEnabled: true, SoundEnabled: false);
        await store.SaveSettingsAsync(settings);
        Assert.Equal(settings, await store.GetSettingsAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveSettingsAsync(settings with { TimeZoneId = "Mars/Olympus" }));
        Assert.Equal(settings, await store.GetSettingsAsync());
    }

    [Fact]
    public async Task A_guided_session_is_stored_with_its_stretches_and_pain()
    {
        await using var store = await OpenAsync();
        var id = await store.StartSessionAsync(Start(Monday, painBefore: 6));
        await store.RecordStretchAsync(id, Stretches.Done("shoulder-blade-squeeze", reps: 12, seconds: 84), Monday.AddMinutes(2));
        await store.RecordStretchAsync(id, Stretches.Done("upper-trapezius", Side.Left, reps: 2, sets: 2, seconds: 50), Monday.AddMinutes(4));
        await store.RecordStretchAsync(id, Stretches.Skipped("child-pose"), Monday.AddMinutes(5));
        await store.FinishSessionAsync(id, SessionOutcome.Completed, Monday.AddMinutes(6), painAfter: 3, hurt: null);

        var history = await store.GetHistoryAsync(null);
        var session = Assert.Single(history.Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(SessionSource.Guided, session.Source);
        Assert.Equal(Monday, session.StartedAt);
        Assert.Equal(Monday.AddMinutes(6), session.EndedAt);
        Assert.Equal(new PainScore(6), session.PainBefore);
        Assert.Equal(new PainScore(3), session.PainAfter);
        Assert.Equal(DosageLevel.Standard, session.Level);
        Assert.Equal(
            [
                Stretches.Done("shoulder-blade-squeeze", reps: 12, seconds: 84),
                Stretches.Done("upper-trapezius", Side.Left, reps: 2, sets: 2, seconds: 50),
                Stretches.Skipped("child-pose"),
            ],
            session.Stretches);
    }

    [Fact]
    public async Task A_session_never_finished_shows_as_abandoned_with_what_was_done_after_reopening()
    {
        var location = NewLocation();
        var user = "crash-" + Guid.NewGuid().ToString("N");
        await using (var store = await OpenAsync(location, user))
        {
            var id = await store.StartSessionAsync(Start(Monday, painBefore: 5));
            await store.RecordStretchAsync(id, Stretches.Done("shoulder-blade-squeeze"), Monday.AddMinutes(2));
            await store.RecordStretchAsync(id, Stretches.Done("cat-camel"), Monday.AddMinutes(3));
            // The process dies here: FinishSessionAsync is never called.
        }

        await using var reopened = await SuppleStore.OpenAsync(location, Time, user);
        var session = Assert.Single((await reopened.GetHistoryAsync(null)).Sessions);
        Assert.Equal(SessionOutcome.Abandoned, session.Outcome);
        Assert.True(session.NeverFinished);
        Assert.Equal(["shoulder-blade-squeeze", "cat-camel"], session.Stretches.Select(s => s.StretchId));

        var stats = await reopened.GetStatsAsync();
        Assert.Equal(1, stats.Sessions);
        Assert.Equal(1, stats.Abandoned);
        Assert.Equal(0, stats.Completed);
        Assert.Equal(1, stats.CurrentStreak);
        Assert.Equal(2, stats.Stretches.Sum(t => t.TimesDone));
    }

    [Fact]
    public async Task Stopping_for_pain_keeps_the_hurt_report()
    {
        await using var store = await OpenAsync();
        var id = await store.StartSessionAsync(Start(Monday));
        await store.RecordStretchAsync(id, Stretches.Hurt("seated-twist", Side.Right), Monday.AddMinutes(1));
        var hurt = new HurtReport("seated-twist", Side.Right, Monday.AddMinutes(1));
        await store.FinishSessionAsync(id, SessionOutcome.StoppedForPain, Monday.AddMinutes(1), painAfter: 8, hurt);

        var session = Assert.Single((await store.GetHistoryAsync(null)).Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        Assert.Equal(hurt, session.Hurt);
        var stats = await store.GetStatsAsync();
        Assert.Equal(1, stats.StoppedForPain);
        var tally = Assert.Single(stats.Stretches);
        Assert.Equal(new StretchTally("seated-twist", 0, 0, 1), tally);
    }

    [Fact]
    public async Task Writes_to_a_finished_or_unknown_session_are_refused_and_change_nothing()
    {
        await using var store = await OpenAsync();
        var id = await store.StartSessionAsync(Start(Monday));
        await store.FinishSessionAsync(id, SessionOutcome.Completed, Monday.AddMinutes(1), null, null);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RecordStretchAsync(id, Stretches.Done("cat-camel"), Monday.AddMinutes(2)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.FinishSessionAsync(id, SessionOutcome.Completed, Monday.AddMinutes(2), null, null));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RecordStretchAsync(id + 1000, Stretches.Done("cat-camel"), Monday));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.StartSessionAsync(Start(Monday, painBefore: 11)));

        var stats = await store.GetStatsAsync();
        Assert.Equal(1, stats.Sessions);
        Assert.Equal(1, stats.Completed);
        Assert.Empty(stats.Stretches);
        Assert.Empty(Assert.Single((await store.GetHistoryAsync(null)).Sessions).Stretches);
    }

    [Fact]
    public async Task Each_user_sees_only_their_own_data()
    {
        var location = NewLocation();
        await using var alice = await OpenAsync(location, "alice-" + Guid.NewGuid().ToString("N"));
        await using var bob = await OpenAsync(location, "bob-" + Guid.NewGuid().ToString("N"));
        await alice.LogSessionAsync(new LoggedSession(Monday, "built-in", DosageLevel.Full, [Stretches.Done("cat-camel")]));
        await alice.AddPainEntryAsync(PainEntry.Create(Monday, new PainScore(4)));

        var bobs = await bob.GetHistoryAsync(null);
        Assert.Empty(bobs.Sessions);
        Assert.Empty(bobs.PainEntries);
        var bobStats = await bob.GetStatsAsync();
        Assert.Equal(0, bobStats.Sessions);
        Assert.Empty(bobStats.Stretches);
        Assert.Equal(1, (await alice.GetStatsAsync()).Sessions);
        Assert.Empty((await bob.ExportAsync()).Sessions);
    }

    [Fact]
    public async Task History_is_newest_first_and_filtered_by_since()
    {
        await using var store = await OpenAsync();
        for (var day = 0; day < 5; day++)
        {
            await store.LogSessionAsync(new LoggedSession(Monday.AddDays(day), "built-in", DosageLevel.Standard, [Stretches.Done("cat-camel")]));
            await store.AddPainEntryAsync(PainEntry.Create(Monday.AddDays(day).AddHours(1), new PainScore(day), BodyArea.Neck, $"day {day}"));
        }

        var all = await store.GetHistoryAsync(null);
        Assert.Equal(Enumerable.Range(0, 5).Reverse().Select(d => Monday.AddDays(d)), all.Sessions.Select(s => s.StartedAt));
        Assert.Equal(Enumerable.Range(0, 5).Reverse().Select(d => new PainScore(d)), all.PainEntries.Select(p => p.Score));
        Assert.All(all.PainEntries, p => Assert.Equal(BodyArea.Neck, p.Area));
        Assert.All(all.Sessions, s => Assert.Equal(SessionSource.Logged, s.Source));

        var recent = await store.GetHistoryAsync(Monday.AddDays(3));
        Assert.Equal(2, recent.Sessions.Count);
        Assert.Equal(2, recent.PainEntries.Count);
    }

    [Fact]
    public async Task Stats_count_streaks_in_the_users_time_zone()
    {
        // New York: sessions at 23:30 local on Mon, Tue, and 00:30 local on Thursday (counts for Thursday), then a gap.
        await using var store = await OpenAsync(zone: "America/New_York");
        var ny = TimeSpan.FromHours(-5);
        DateTimeOffset Local(int day, int hour, int minute) => new DateTimeOffset(2026, 2, day, hour, minute, 0, ny);
        foreach (var at in new[] { Local(2, 23, 30), Local(3, 23, 30), Local(5, 0, 30), Local(6, 7, 0), Local(10, 7, 0) })
        {
            await store.LogSessionAsync(new LoggedSession(at, "built-in", DosageLevel.Standard, [Stretches.Done("cat-camel")], 6, 4));
        }

        Time.SetUtcNow(Local(11, 21, 0));
        var stats = await store.GetStatsAsync();
        Assert.Equal(new DateOnly(2026, 2, 11), stats.Today);
        Assert.Equal(1, stats.CurrentStreak);  // the 10th, and the 11th is not over
        Assert.Equal(2, stats.LongestStreak);  // 2–3, then 5–6 (the 00:30 session counts for the 5th)
        Assert.Equal(3, stats.DaysLast7);      // 5, 6 and 10 fall in 5..11
        Assert.Equal(5, stats.DaysLast30);
        Assert.Equal(5, stats.Completed);
        Assert.Equal(1.0, stats.CompletionRate);
        Assert.Equal(6.0, stats.AveragePainBefore);
        Assert.Equal(4.0, stats.AveragePainAfter);
        Assert.Equal(-2.0, stats.AveragePainChange);

        Time.SetUtcNow(Local(13, 9, 0));
        Assert.Equal(0, (await store.GetStatsAsync()).CurrentStreak);
    }

    [Fact]
    public async Task A_back_dated_log_that_joins_two_runs_updates_the_streaks()
    {
        await using var store = await OpenAsync(zone: "Europe/London");
        foreach (var day in new[] { 0, 1, 3, 4, 5 })
        {
            await store.LogSessionAsync(new LoggedSession(Monday.AddDays(day), "built-in", DosageLevel.Standard, []));
        }

        Time.SetUtcNow(Monday.AddDays(5).AddHours(10));
        var before = await store.GetStatsAsync();
        Assert.Equal(3, before.CurrentStreak);
        Assert.Equal(3, before.LongestStreak);

        await store.LogSessionAsync(new LoggedSession(Monday.AddDays(2), "built-in", DosageLevel.Standard, []));
        var after = await store.GetStatsAsync();
        Assert.Equal(6, after.CurrentStreak);
        Assert.Equal(6, after.LongestStreak);
    }

    [Fact]
    public async Task Streaks_survive_a_daylight_saving_change()
    {
        // Europe/London springs forward on 29 March 2026: that day has 23 hours.
        await using var store = await OpenAsync(zone: "Europe/London");
        var times = new[]
        {
            new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero),   // 23:30 GMT on the 28th
            new DateTimeOffset(2026, 3, 29, 22, 45, 0, TimeSpan.Zero),   // 23:45 BST on the 29th
            new DateTimeOffset(2026, 3, 29, 23, 15, 0, TimeSpan.Zero),   // 00:15 BST on the 30th
        };
        foreach (var at in times)
        {
            var id = await store.StartSessionAsync(Start(at));
            await store.RecordStretchAsync(id, Stretches.Done("child-pose"), at.AddMinutes(1));
            await store.FinishSessionAsync(id, SessionOutcome.Completed, at.AddMinutes(2), null, null);
        }

        Time.SetUtcNow(new DateTimeOffset(2026, 3, 30, 12, 0, 0, TimeSpan.Zero));
        var stats = await store.GetStatsAsync();
        Assert.Equal(3, stats.CurrentStreak);
        Assert.Equal(3, stats.LongestStreak);
        Assert.Equal(
            [new DateOnly(2026, 3, 30), new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 28)],
            (await store.GetHistoryAsync(null)).Sessions.Select(s => s.Day));
    }

    [Fact]
    public async Task Stats_of_a_fixed_history_are_the_figures_worked_out_by_hand()
    {
        Time.SetUtcNow(FixedHistory.Now);
        var location = NewLocation();
        await using (var store = await OpenAsync(location, "fixed-" + Guid.NewGuid().ToString("N"), FixedHistory.Zone))
        await using (var other = await OpenAsync(location, "other-" + Guid.NewGuid().ToString("N")))
        {
            await FixedHistory.WriteAsync(store, other);
            FixedHistory.AssertFigures(await store.GetStatsAsync());
        }
    }

    [Fact]
    public async Task Stats_from_the_summaries_equal_stats_recomputed_from_the_whole_history()
    {
        await using var store = await OpenAsync(zone: "Europe/London");
        var random = new Random(42);
        var at = Monday.AddDays(-80);
        string[] ids = ["shoulder-blade-squeeze", "upper-trapezius", "cat-camel", "child-pose"];
        for (var i = 0; i < 60; i++)
        {
            at = at.AddHours(8 + random.Next(40));
            var id = await store.StartSessionAsync(Start(at, painBefore: random.Next(11)));
            foreach (var stretch in ids.Take(1 + random.Next(ids.Length)))
            {
                var roll = random.Next(10);
                var record = roll == 0 ? Stretches.Skipped(stretch) : roll == 1 ? Stretches.Hurt(stretch) : Stretches.Done(stretch);
                await store.RecordStretchAsync(id, record, at.AddMinutes(1));
            }

            var end = random.Next(5);
            if (end < 3)
            {
                await store.FinishSessionAsync(id, SessionOutcome.Completed, at.AddMinutes(9), random.Next(11), null);
            }
            else if (end == 3)
            {
                await store.FinishSessionAsync(id, SessionOutcome.StoppedForPain, at.AddMinutes(3), random.Next(11), new HurtReport(ids[0], Side.None, at.AddMinutes(3)));
            }

            if (random.Next(3) == 0)
            {
                await store.AddPainEntryAsync(PainEntry.Create(at.AddHours(2), new PainScore(random.Next(11))));
            }
        }

        Time.SetUtcNow(at.AddHours(3));
        var stats = await store.GetStatsAsync();
        Assert.Equal(await RecomputedStats.OfAsync(store, "Europe/London", Time.GetUtcNow()), RecomputedStats.Of(stats));
        Assert.True(stats.Abandoned > 0 && stats.StoppedForPain > 0 && stats.LongestStreak > 1);
    }

    /// <summary>
    /// A scripted week, written through each write path, must give the figures worked out by hand below (docs/DATA.md,
    /// "Summaries"): the one summary rule, whatever wrote the rows.
    /// </summary>
    [Theory]
    [InlineData("incremental")]
    [InlineData("whole")]
    [InlineData("import")]
    public async Task A_scripted_week_gives_the_hand_worked_summary_on_every_write_path(string path)
    {
        await using var store = await OpenAsync(zone: "Europe/London");
        var monday = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var week = new (DateTimeOffset At, SessionSource Source, StretchRecord[] Records, SessionOutcome Outcome, int? Before, int? After)[]
        {
            // Mon 2: done, both trapezius sides done, child's pose skipped; 6 → 3.            practised
            (monday, SessionSource.Guided, [Stretches.Done("squeeze"), Stretches.Done("trapezius", Side.Right), Stretches.Done("trapezius", Side.Left), Stretches.Skipped("child-pose")], SessionOutcome.Completed, 6, 3),
            // Tue 3: quit during cat-camel (partial); no score after.                       not practised
            (monday.AddDays(1), SessionSource.Guided, [Stretches.Partial("cat-camel")], SessionOutcome.Abandoned, 5, null),
            // Wed 4: squeeze done, then "this hurts" in the seated twist; 7 → 8.             practised
            (monday.AddDays(2), SessionSource.Guided, [Stretches.Done("squeeze"), Stretches.Hurt("seated-twist", Side.Left)], SessionOutcome.StoppedForPain, 7, 8),
            // Fri 6 and Sat 7: logged with a physio, no stretches named; 4 → 2 on Friday.   practised
            (monday.AddDays(4).AddHours(11), SessionSource.Logged, [], SessionOutcome.Completed, 4, 2),
            (monday.AddDays(5).AddHours(2), SessionSource.Logged, [], SessionOutcome.Completed, null, null),
            // Sun 8 at 00:30 (GMT): chest opener done.                                       practised
            (new DateTimeOffset(2026, 3, 8, 0, 30, 0, TimeSpan.Zero), SessionSource.Guided, [Stretches.Done("chest-opener")], SessionOutcome.Completed, null, null),
            // Mon 9: everything skipped; 3 → 3.                                              not practised
            (monday.AddDays(7), SessionSource.Guided, [Stretches.Skipped("squeeze")], SessionOutcome.Completed, 3, 3),
        };

        var target = path == "import" ? await OpenAsync(zone: "Europe/London") : store;
        await using var _ = path == "import" ? target : null;
        foreach (var (at, source, records, outcome, before, after) in week)
        {
            var hurt = outcome == SessionOutcome.StoppedForPain ? new HurtReport(records[^1].StretchId, records[^1].Side, at.AddMinutes(5)) : null;
            if (source == SessionSource.Logged)
            {
                await store.LogSessionAsync(new LoggedSession(at, "built-in", DosageLevel.Standard, records, before, after));
            }
            else if (path == "whole")
            {
                await store.SaveCompletedSessionAsync(new CompletedSession(at, at.AddMinutes(6), "built-in", DosageLevel.Standard, before, after,
                    [.. records.Select((r, i) => new RecordedStretch(r, at.AddMinutes(i + 1)))], outcome, hurt));
            }
            else
            {
                var id = await store.StartSessionAsync(new SessionStart(at, "built-in", DosageLevel.Standard, before, [.. records.Select(r => r.StretchId)]));
                foreach (var record in records)
                {
                    await store.RecordStretchAsync(id, record, at.AddMinutes(1));
                }

                await store.FinishSessionAsync(id, outcome, at.AddMinutes(6), after, hurt);
            }
        }

        // The import refuses times in the future and stretches it does not know: import when the week is over, knowing
        // the short ids this scenario uses.
        Time.SetUtcNow(new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero));
        if (path == "import")
        {
            await target.ImportAsync(await store.ExportAsync(), ImportRules.ForStretches(["squeeze", "trapezius", "child-pose", "cat-camel", "seated-twist", "chest-opener"]));
        }

        var stats = await target.GetStatsAsync();

        // Practised: 2, 4, 6, 7, 8 March. The latest run, 6–8, reaches yesterday: 3 days, also the longest.
        // Last 7 days (3–9 March): 4, 6, 7, 8. Last 30: all five.
        Assert.Equal((3, 3, 4, 5), (stats.CurrentStreak, stats.LongestStreak, stats.DaysLast7, stats.DaysLast30));
        // Seven sessions: five completed (three guided, two logged), one stopped for pain, one abandoned.
        Assert.Equal((7, 5, 1, 1), (stats.Sessions, stats.Completed, stats.StoppedForPain, stats.Abandoned));
        Assert.Equal(5.0 / 7, stats.CompletionRate);
        // Pairs: 6→3, 7→8, 4→2, 3→3: before 20 / 4 = 5.0, after 16 / 4 = 4.0.
        Assert.Equal((4, 5.0, 4.0), (stats.PainPairs, stats.AveragePainBefore, stats.AveragePainAfter));
        Assert.Equal(
            [
                new StretchTally("cat-camel", 0, 0, 0),
                new StretchTally("chest-opener", 1, 0, 0),
                new StretchTally("child-pose", 0, 1, 0),
                new StretchTally("seated-twist", 0, 0, 1),
                new StretchTally("squeeze", 2, 1, 0),
                new StretchTally("trapezius", 2, 0, 0),
            ],
            stats.Stretches);
    }

    [Fact]
    public async Task A_completed_session_is_stored_whole_with_its_records_in_order_on_the_local_day()
    {
        // 23:30 UTC on Sunday is already Monday in Auckland: the session's day is the person's, not UTC's.
        await using var store = await OpenAsync(zone: "Pacific/Auckland");
        var start = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);
        var records = new[]
        {
            new RecordedStretch(Stretches.Done("upper-trapezius", Side.Right, reps: 2, sets: 2, seconds: 50), start.AddMinutes(2)),
            new RecordedStretch(Stretches.Done("upper-trapezius", Side.Left, reps: 2, sets: 2, seconds: 50), start.AddMinutes(4)),
            new RecordedStretch(Stretches.Skipped("child-pose"), start.AddMinutes(5)),
            new RecordedStretch(Stretches.Hurt("cat-camel"), start.AddMinutes(7)),
        };
        var id = await store.SaveCompletedSessionAsync(new CompletedSession(start, start.AddMinutes(8), "built-in", DosageLevel.Gentle, 5, 2, records));

        var session = Assert.Single((await store.GetHistoryAsync(null)).Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(SessionSource.Guided, session.Source);
        Assert.Equal(DosageLevel.Gentle, session.Level);
        Assert.Equal(start, session.StartedAt);
        Assert.Equal(start.AddMinutes(8), session.EndedAt);
        Assert.Equal(new DateOnly(2026, 3, 2), session.Day);
        Assert.Equal(new PainScore(5), session.PainBefore);
        Assert.Equal(new PainScore(2), session.PainAfter);
        Assert.True(session.CountsAsPractice);
        Assert.Equal(records.Select(r => r.Record), session.Stretches);
        Assert.True(id > 0);

        Time.SetUtcNow(start.AddHours(1));
        var stats = await store.GetStatsAsync();
        Assert.Equal(1, stats.Sessions);
        Assert.Equal(1, stats.Completed);
        Assert.Equal(1, stats.CurrentStreak);
        var trapezius = Assert.Single(stats.Stretches, t => t.StretchId == "upper-trapezius");
        Assert.Equal(new StretchTally("upper-trapezius", 2, 0, 0), trapezius);
        Assert.Equal(new StretchTally("child-pose", 0, 1, 0), Assert.Single(stats.Stretches, t => t.StretchId == "child-pose"));
        Assert.Equal(new StretchTally("cat-camel", 0, 0, 1), Assert.Single(stats.Stretches, t => t.StretchId == "cat-camel"));

        // The exported document (uids, time zone, seq order) is what the other write paths leave.
        var exported = Assert.Single((await store.ExportAsync()).Sessions);
        Assert.Equal("Pacific/Auckland", exported.TimeZone);
        Assert.Equal(records.Select(r => r.At), exported.Stretches.Select(r => r.RecordedAt));
    }

    [Fact]
    public async Task Completed_sessions_mixed_with_other_writes_keep_the_summaries_equal_to_the_whole_history()
    {
        await using var store = await OpenAsync(zone: "America/New_York");
        await using var other = await OpenAsync(store.Location, "other-" + Guid.NewGuid().ToString("N"));
        var random = new Random(7);
        var at = Monday.AddDays(-70);
        string[] ids = ["shoulder-blade-squeeze", "upper-trapezius", "cat-camel", "child-pose"];
        for (var i = 0; i < 50; i++)
        {
            // Mostly forward in time, sometimes back-dated (into an older run, which needs the full recompute).
            at = random.Next(6) == 0 ? at.AddDays(-random.Next(3, 12)) : at.AddHours(10 + random.Next(40));
            var stretches = new List<RecordedStretch>();
            foreach (var stretch in ids.Take(1 + random.Next(ids.Length)))
            {
                var roll = random.Next(8);
                var record = roll == 0 ? Stretches.Skipped(stretch) : roll == 1 ? Stretches.Hurt(stretch) : Stretches.Done(stretch);
                stretches.Add(new RecordedStretch(record, at.AddMinutes(stretches.Count + 1)));
                if (stretch == "upper-trapezius" && roll > 1)
                {
                    stretches[^1] = new RecordedStretch(Stretches.Done(stretch, Side.Right), at.AddMinutes(stretches.Count));
                    stretches.Add(new RecordedStretch(Stretches.Done(stretch, Side.Left), at.AddMinutes(stretches.Count + 1)));
                }
            }

            switch (random.Next(4))
            {
                case 0:
                    var id = await store.StartSessionAsync(Start(at, painBefore: random.Next(11)));
                    await store.RecordStretchAsync(id, Stretches.Done("cat-camel"), at.AddMinutes(1));
                    await store.FinishSessionAsync(id, SessionOutcome.Completed, at.AddMinutes(9), random.Next(11), null);
                    break;
                case 1:
                    await store.LogSessionAsync(new LoggedSession(at, "built-in", DosageLevel.Full, [Stretches.Done("child-pose")]));
                    break;
                default:
                    int? before = random.Next(3) == 0 ? null : random.Next(11);
                    await store.SaveCompletedSessionAsync(new CompletedSession(at, at.AddMinutes(12), "built-in", DosageLevel.Standard, before, random.Next(11), stretches));
                    break;
            }

            if (random.Next(3) == 0)
            {
                await store.AddPainEntryAsync(PainEntry.Create(at.AddHours(1), new PainScore(random.Next(11))));
            }
        }

        Time.SetUtcNow(at.AddHours(5));
        var stats = await store.GetStatsAsync();
        Assert.Equal(await RecomputedStats.OfAsync(store, "America/New_York", Time.GetUtcNow()), RecomputedStats.Of(stats));
        Assert.True(stats.LongestStreak > 1 && stats.Completed > 10);

        // Nothing of it is the other person's.
        var theirs = await other.GetStatsAsync();
        Assert.Equal(0, theirs.Sessions);
        Assert.Empty(theirs.Stretches);
        Assert.Empty((await other.GetHistoryAsync(null)).Sessions);
    }

    [Fact]
    public async Task A_completed_session_of_a_user_without_a_totals_row_creates_it()
    {
        await using var store = await OpenAsync(zone: "Europe/London");
        await using (var context = store.Contexts.CreateDbContext())
        {
            Assert.Equal(1, await context.Database.ExecuteSqlAsync($"DELETE FROM user_stats WHERE user_id = {store.UserId}"));
        }

        await store.SaveCompletedSessionAsync(new CompletedSession(Monday, Monday.AddMinutes(10), "built-in", DosageLevel.Standard, 6, 3, [new RecordedStretch(Stretches.Done("cat-camel"), Monday.AddMinutes(5))]));

        Time.SetUtcNow(Monday.AddHours(2));
        var stats = await store.GetStatsAsync();
        Assert.Equal((1, 1, 1, 1), (stats.Sessions, stats.Completed, stats.CurrentStreak, stats.PainPairs));
        Assert.Equal(6, stats.AveragePainBefore);
        Assert.Equal(3, stats.AveragePainAfter);
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_database_gives_the_same_history_and_a_second_import_adds_nothing()
    {
        await using var source = await OpenAsync(zone: "Europe/London");
        var id = await source.StartSessionAsync(Start(Monday, painBefore: 5));
        await source.RecordStretchAsync(id, Stretches.Done("shoulder-blade-squeeze"), Monday.AddMinutes(1));
        await source.RecordStretchAsync(id, Stretches.Hurt("seated-twist", Side.Left), Monday.AddMinutes(2));
        await source.FinishSessionAsync(id, SessionOutcome.StoppedForPain, Monday.AddMinutes(2), 7, new HurtReport("seated-twist", Side.Left, Monday.AddMinutes(2)));
        var open = await source.StartSessionAsync(Start(Monday.AddDays(1)));
        await source.RecordStretchAsync(open, Stretches.Done("cat-camel"), Monday.AddDays(1).AddMinutes(1));
        await source.LogSessionAsync(new LoggedSession(Monday.AddDays(2), "built-in", DosageLevel.Full, [Stretches.Done("child-pose")], 4, 2, "with my physio"));
        await source.AddPainEntryAsync(PainEntry.Create(Monday.AddHours(5), new PainScore(3), BodyArea.UpperBack, "after work"));

        Time.SetUtcNow(Monday.AddDays(2).AddHours(12));
        var document = await source.ExportAsync();
        await using var target = await OpenAsync(zone: "Europe/London");
        var rules = ImportRules.ForStretches(["shoulder-blade-squeeze", "seated-twist", "cat-camel", "child-pose"]);
        var first = await target.ImportAsync(document, rules);
        Assert.Equal(new ImportResult(3, 0, 1, 0), first);
        var second = await target.ImportAsync(document, rules);
        Assert.Equal(new ImportResult(0, 3, 0, 1), second);

        var expected = await source.GetHistoryAsync(null);
        var actual = await target.GetHistoryAsync(null);
        Assert.Equal(expected.Sessions.Count, actual.Sessions.Count);
        for (var i = 0; i < expected.Sessions.Count; i++)
        {
            Assert.Equal(expected.Sessions[i] with { Stretches = [] }, actual.Sessions[i] with { Stretches = [] });
            Assert.Equal(expected.Sessions[i].Stretches, actual.Sessions[i].Stretches);
        }

        Assert.Equal(expected.PainEntries, actual.PainEntries);
        Assert.Equal(await source.GetStatsAsync(), await target.GetStatsAsync(), new StatsComparer());
        var reexported = await target.ExportAsync();
        Assert.Equal(document.Sessions.Count, reexported.Sessions.Count);
    }

    [Fact]
    public async Task An_invalid_document_is_rejected_whole_naming_the_field()
    {
        await using var store = await OpenAsync();
        var good = new ExportedPainEntry(Guid.NewGuid(), Monday, 3, "neck", null);
        var bad = new ExportedPainEntry(Guid.NewGuid(), Monday, 12, "neck", null);
        var document = new ExportDocument(ExportDocument.FormatName, 1, Monday, "Europe/London", [], [good, bad]);
        var error = await Assert.ThrowsAsync<ImportFormatException>(() => store.ImportAsync(document, ImportRules.ForStretches(["cat-camel"])));
        Assert.Contains("painEntries[1].score", error.Message, StringComparison.Ordinal);
        Assert.Empty((await store.GetHistoryAsync(null)).PainEntries);
    }

    private sealed class StatsComparer : IEqualityComparer<PracticeStats>
    {
        public bool Equals(PracticeStats? x, PracticeStats? y) =>
            x is not null && y is not null && (x with { Stretches = [] }) == (y with { Stretches = [] }) && x.Stretches.SequenceEqual(y.Stretches);

        public int GetHashCode(PracticeStats obj) => obj.Sessions;
    }
}
