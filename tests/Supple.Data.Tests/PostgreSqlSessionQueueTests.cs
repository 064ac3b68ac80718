using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Supple.Core.Sessions;

namespace Supple.Data.Tests;

/// <summary>
/// Group commit on a real PostgreSQL server: finished sessions queued while the writer is busy are saved together in
/// one transaction, with the same rows and summaries as when each is saved alone; a session that cannot be saved fails
/// by itself. A test holds one person's totals row locked, so the writer waits there and the others gather behind it.
/// </summary>
public sealed class PostgreSqlSessionQueueTests(PostgreSqlDatabase database) : IClassFixture<PostgreSqlDatabase>
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Monday.AddDays(1));

    private StoreLocation Location => StoreLocation.ForPostgreSql(database.ConnectionString);

    [Fact]
    public async Task Sessions_queued_while_the_writer_is_busy_share_one_transaction_and_leave_the_summaries_of_saving_each_alone()
    {
        var london = await NewUserAsync("Europe/London");
        var auckland = await NewUserAsync("Pacific/Auckland");
        var newYork = await NewUserAsync("America/New_York");

        // London already practised 20–22 February and 25 February – 2 March, one session a day, each saved alone.
        await using (var store = await SuppleStore.OpenAsync(Location, _time, london))
        {
            foreach (var day in Enumerable.Range(20, 3).Select(d => new DateOnly(2026, 2, d)).Concat(Enumerable.Range(0, 6).Select(d => new DateOnly(2026, 2, 25).AddDays(d))))
            {
                await store.SaveCompletedSessionAsync(Session(At(day), painBefore: 5, painAfter: 3, "cat-camel"));
            }
        }

        await using var queue = new PostgreSqlSessionQueue(new SuppleContextFactory(Location), writers: 1);
        var sessions = new List<SessionToSave>
        {
            // Back-dated into the gap: each needs the full recompute, and the second must see the first (not yet in
            // the table) to join both runs into one of eleven days.
            new(london, Session(At(new DateOnly(2026, 2, 23)), 6, 2, "cat-camel", "child-pose"), 6, 2),
            new(london, Session(At(new DateOnly(2026, 2, 24)), null, 4, "cat-camel"), null, 4),
            new(london, Session(Monday.AddHours(3), 4, 4, "shoulder-blade-squeeze"), 4, 4),

            // 23:30 UTC on 2 March is 3 March in Auckland; a skipped-only session counts but is not practice.
            new(auckland, Session(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero), 7, 5, "upper-trapezius"), 7, 5),
            new(auckland, SkippedOnly(Monday.AddHours(2)), null, null),
            new(auckland, Session(Monday.AddHours(3), 3, null, "cat-camel", "child-pose"), 3, null),
            new(auckland, Session(Monday.AddHours(4), 2, 1, "cat-camel"), 2, 1),

            new(newYork, Session(Monday.AddHours(5), 8, 6, "chest-opener"), 8, 6),
            new(newYork, Session(Monday.AddDays(-1), 8, 7, "chest-opener", "cat-camel"), 8, 7),
            new(newYork, Session(Monday.AddHours(6), 1, 0, "chest-opener"), 1, 0),
        };

        var ids = await SaveBehindAHeldRowAsync(queue, sessions);

        Assert.Equal(sessions.Count, ids.Length);
        Assert.Equal(sessions.Count, ids.Distinct().Count());
        Assert.Equal((1L, sessions.Count, 0L), (queue.Batches, queue.LargestBatch, queue.FailedBatches));
        foreach (var (user, zone) in new[] { (london, "Europe/London"), (auckland, "Pacific/Auckland"), (newYork, "America/New_York") })
        {
            await using var store = await SuppleStore.OpenAsync(Location, _time, user);
            var stats = await store.GetStatsAsync();
            Assert.Equal(await RecomputedStats.OfAsync(store, zone, _time.GetUtcNow()), RecomputedStats.Of(stats));

            // Each session is stored whole, records in order.
            var history = await store.GetHistoryAsync(null);
            foreach (var saved in sessions.Where(s => s.UserId == user))
            {
                var stored = Assert.Single(history.Sessions, s => s.StartedAt == saved.Session.StartedAt);
                Assert.Equal(saved.Session.StartedAt, stored.StartedAt);
                Assert.Equal(saved.Session.Stretches.Select(s => s.Record), stored.Stretches);
                Assert.Equal(saved.PainBefore, stored.PainBefore?.Value);
                Assert.Equal(saved.PainAfter, stored.PainAfter?.Value);
            }
        }

        // Each caller was given the id of its own session.
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT id, user_id, started_at FROM sessions WHERE id = ANY($1)", connection) { Parameters = { new() { Value = ids } } };
            await using var reader = await read.ExecuteReaderAsync();
            var stored = new Dictionary<long, (string, DateTimeOffset)>();
            while (await reader.ReadAsync())
            {
                stored[reader.GetInt64(0)] = (reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2));
            }

            Assert.Equal(sessions.Select(s => (s.UserId, s.Session.StartedAt)), ids.Select(id => stored[id]));
        }

        await using (var store = await SuppleStore.OpenAsync(Location, _time, london))
        {
            Assert.Equal(11, (await store.GetStatsAsync()).LongestStreak); // 20 February – 2 March, joined by the batch
        }

        await using (var store = await SuppleStore.OpenAsync(Location, _time, auckland))
        {
            Assert.Contains((await store.GetHistoryAsync(null)).Sessions, s => s.Day == new DateOnly(2026, 3, 3));
        }
    }

    [Fact]
    public async Task A_session_that_cannot_be_saved_fails_alone_and_the_rest_of_its_batch_is_kept()
    {
        var ann = await NewUserAsync("Europe/London");
        var ben = await NewUserAsync("Europe/Paris");
        await using var queue = new PostgreSqlSessionQueue(new SuppleContextFactory(Location), writers: 1);

        // Accepted by the store's checks, refused by the column (varchar(200)) in the middle of the batch.
        var tooLong = Session(Monday.AddHours(1), 5, 3, "cat-camel") with { ProgrammeName = new string('p', 300) };
        var sessions = new List<SessionToSave>
        {
            new(ann, Session(Monday, 5, 3, "cat-camel"), 5, 3),
            new(ben, tooLong, 5, 3),
            new(ben, Session(Monday.AddHours(2), 4, 2, "child-pose"), 4, 2),
            new(ann, Session(Monday.AddHours(3), 3, 1, "chest-opener"), 3, 1),
        };

        var results = await SaveBehindAHeldRowAsync(queue, sessions, expectFailures: true);

        Assert.Equal(1, queue.FailedBatches);
        Assert.Equal(0, queue.Batches);
        var failure = Assert.IsType<PostgresException>(results[1].Exception?.InnerException);
        Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, failure.SqlState);
        Assert.All(results.Where((_, i) => i != 1), t => Assert.True(t.IsCompletedSuccessfully));
        foreach (var (user, zone, count) in new[] { (ann, "Europe/London", 2), (ben, "Europe/Paris", 1) })
        {
            await using var store = await SuppleStore.OpenAsync(Location, _time, user);
            var stats = await store.GetStatsAsync();
            Assert.Equal(count, stats.Sessions);
            Assert.Equal(await RecomputedStats.OfAsync(store, zone, _time.GetUtcNow()), RecomputedStats.Of(stats));
        }
    }

    [Fact]
    public async Task A_batch_with_someone_without_a_totals_row_creates_the_row_and_is_saved_together()
    {
        var ann = await NewUserAsync("Europe/London");
        var ben = await NewUserAsync("Europe/London");
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var delete = new NpgsqlCommand("DELETE FROM user_stats WHERE user_id = $1", connection) { Parameters = { new() { Value = ben } } };
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        await using var queue = new PostgreSqlSessionQueue(new SuppleContextFactory(Location), writers: 1);
        var sessions = new List<SessionToSave>
        {
            new(ann, Session(Monday, 5, 3, "cat-camel"), 5, 3),
            new(ben, Session(Monday.AddHours(1), 6, 2, "cat-camel"), 6, 2),
            new(ben, Session(Monday.AddHours(2), 4, 2, "child-pose"), 4, 2),
        };

        var ids = await SaveBehindAHeldRowAsync(queue, sessions);

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal((1L, 3, 0L), (queue.Batches, queue.LargestBatch, queue.FailedBatches));
        await using var store = await SuppleStore.OpenAsync(Location, _time, ben);
        var stats = await store.GetStatsAsync();
        Assert.Equal((2, 2, 1), (stats.Sessions, stats.PainPairs, stats.CurrentStreak));
        Assert.Equal(5, stats.AveragePainBefore);
    }

    [Fact]
    public async Task Through_the_store_factory_two_hundred_sessions_saved_at_once_by_twenty_people_are_all_kept_with_their_summaries()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        var log = new ListLoggerProvider();
        services.AddLogging(logging => logging.AddProvider(log));
        services.AddSuppleData(Location);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<SuppleStoreFactory>();
        Assert.NotNull(factory.SessionQueue);
        var users = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            users.Add(await NewUserAsync(i % 2 == 0 ? "Europe/London" : "Asia/Tokyo"));
        }

        async Task SaveAsync(string user, int n)
        {
            await using var store = await factory.OpenAsync(user);
            var at = Monday.AddDays(-(n % 7)).AddHours(n % 5); // back-dated over a week, several a day
            await store.SaveCompletedSessionAsync(Session(at, n % 11, (n + 3) % 11, n % 3 == 0 ? "cat-camel" : "child-pose", "chest-opener"));
        }

        await Task.WhenAll(users.SelectMany((user, u) => Enumerable.Range(0, 10).Select(n => Task.Run(() => SaveAsync(user, (u * 10) + n)))))
            .WaitAsync(TimeSpan.FromSeconds(60));

        // Shutting down logs what group commit did: every session counted once, in fewer or as many transactions.
        var queue = factory.SessionQueue!;
        await provider.DisposeAsync();
        Assert.Equal(200, queue.Sessions);
        Assert.InRange(queue.Transactions, 1, 200);
        Assert.Equal(200 - queue.BatchedSessions + queue.Batches, queue.Transactions);
        Assert.Contains(log.Messages, m => m.StartsWith($"Group commit: 200 finished sessions saved in {queue.Transactions} transactions; ", StringComparison.Ordinal));

        foreach (var (user, i) in users.Select((user, i) => (user, i)))
        {
            await using var store = await SuppleStore.OpenAsync(Location, _time, user);
            var stats = await store.GetStatsAsync();
            Assert.Equal(10, stats.Sessions);
            Assert.Equal(await RecomputedStats.OfAsync(store, i % 2 == 0 ? "Europe/London" : "Asia/Tokyo", _time.GetUtcNow()), RecomputedStats.Of(stats));
        }
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    private static CompletedSession Session(DateTimeOffset at, int? painBefore, int? painAfter, params string[] stretches) =>
        new(at, at.AddMinutes(12), "built-in", DosageLevel.Standard, painBefore, painAfter,
            [.. stretches.Select((id, i) => new RecordedStretch(Stretches.Done(id), at.AddMinutes(i + 1)))]);

    private static CompletedSession SkippedOnly(DateTimeOffset at) =>
        new(at, at.AddMinutes(2), "built-in", DosageLevel.Gentle, null, null, [new RecordedStretch(Stretches.Skipped("cat-camel"), at.AddMinutes(1))]);

    private async Task<string> NewUserAsync(string zone)
    {
        var user = "queue-" + Guid.NewGuid().ToString("N");
        await using var store = await SuppleStore.OpenAsync(Location, _time, user);
        await store.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = zone });
        return user;
    }

    private async Task<long[]> SaveBehindAHeldRowAsync(PostgreSqlSessionQueue queue, IReadOnlyList<SessionToSave> sessions) =>
        [.. (await SaveBehindAHeldRowAsync(queue, sessions, expectFailures: false)).Select(t => t.Result)];

    /// <summary>
    /// Locks a blocker's totals row, queues the blocker's session (the queue's one writer takes it and waits on the
    /// lock), queues <paramref name="sessions"/> behind it, then lets go: the writer's next batch is all of them.
    /// </summary>
    private async Task<Task<long>[]> SaveBehindAHeldRowAsync(PostgreSqlSessionQueue queue, IReadOnlyList<SessionToSave> sessions, bool expectFailures)
    {
        var blocker = await NewUserAsync("Europe/London");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var hold = await connection.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM user_stats WHERE user_id = $1 FOR UPDATE", connection, hold) { Parameters = { new() { Value = blocker } } })
        {
            await lockRow.ExecuteScalarAsync();
        }

        var first = queue.SaveAsync(new SessionToSave(blocker, Session(Monday, null, null, "cat-camel"), null, null), CancellationToken.None);
        await WaitUntilAWriterWaitsForTheLockAsync();
        var rest = sessions.Select(s => queue.SaveAsync(s, CancellationToken.None)).ToArray();
        await hold.CommitAsync();

        await first.WaitAsync(TimeSpan.FromSeconds(30));
        var all = Task.WhenAll(rest).WaitAsync(TimeSpan.FromSeconds(30));
        if (expectFailures)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => all);
        }
        else
        {
            await all;
        }

        return rest;
    }

    private async Task WaitUntilAWriterWaitsForTheLockAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        for (var tries = 0; tries < 300; tries++)
        {
            if ((long)(await waiting.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The queue's writer never reached the held row.");
    }
}
