using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data.Tests;

/// <summary>
/// The plain-SQL paths of <c>supple pain</c>, <c>log</c> and the start of <c>start</c> on a real SQLite file: the row it writes is the one the store reads back,
/// it declines (writing nothing) whatever it cannot answer for, and it refuses a damaged file before writing.
/// </summary>
public sealed class SqliteJournalFastPathTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_pain_entry_written_with_plain_sql_reads_back_through_the_store_as_written()
    {
        var location = StoreLocation.ForFile(_folder.File("pain.db"));
        await using (var store = await SuppleStore.OpenAsync(location, _time))
        {
            await store.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = "Europe/Berlin" });
        }

        SqliteConnection.ClearAllPools();
        var entry = PainEntry.Create(new DateTimeOffset(2026, 3, 29, 1, 59, 59, 123, TimeSpan.FromHours(1)), new PainScore(4), BodyArea.Neck, "after \"the\" drive – ünïcode");
        var plain = PainEntry.Create(_time.GetUtcNow(), new PainScore(0));
        Assert.NotNull(SqliteJournalFastPath.TryAddPain(location, entry));
        Assert.NotNull(SqliteJournalFastPath.TryAddPain(location, plain));
        Assert.Equal("Europe/Berlin", SqliteJournalFastPath.TryReadTimeZone(location)?.Id);

        await using (var store = await SuppleStore.OpenAsync(location, _time))
        {
            var read = (await store.GetHistoryAsync(since: null)).PainEntries;
            Assert.Equal(2, read.Count);
            var noted = Assert.Single(read, p => p.Id == entry.Id);
            Assert.Equal(entry.At.UtcDateTime, noted.At.UtcDateTime);
            Assert.Equal(4, noted.Score.Value);
            Assert.Equal(BodyArea.Neck, noted.Area);
            Assert.Equal(entry.Note, noted.Note);
            var bare = Assert.Single(read, p => p.Id == plain.Id);
            Assert.Equal(0, bare.Score.Value);
            Assert.Null(bare.Area);
            Assert.Null(bare.Note);
        }
    }

    [Fact]
    public async Task A_session_logged_with_plain_sql_is_stored_as_the_store_logs_it_with_its_summary_rows()
    {
        // The same three logged sessions go into two files: one through the store (EF Core), one through the fast path.
        var zone = "America/New_York";
        var sessions = new[]
        {
            // Friday 2 January 2026, 22:30 in New York (Saturday 03:30 UTC): the local day counts.
            new LoggedSession(new DateTimeOffset(2026, 1, 3, 3, 30, 0, TimeSpan.Zero), "built-in", DosageLevel.Standard,
                [new StretchRecord("childs-pose", Side.None, 3, 1, 90, false, false), new StretchRecord("seated-twist", Side.Left, 2, 1, 40, false, false)],
                PainBefore: 6, PainAfter: 4, Note: "  with my physio – ünïcode  "),
            new LoggedSession(new DateTimeOffset(2026, 1, 3, 15, 0, 0, TimeSpan.Zero), "built-in", DosageLevel.Gentle,
                [new StretchRecord("cat-camel", Side.None, 0, 0, 0, Skipped: true, Hurt: false)], Note: "   "),
            new LoggedSession(new DateTimeOffset(2026, 1, 4, 15, 0, 0, TimeSpan.Zero), "built-in", DosageLevel.Full, [], PainBefore: 3),
        };
        var slow = StoreLocation.ForFile(_folder.File("slow.db"));
        var fast = StoreLocation.ForFile(_folder.File("fast.db"));
        foreach (var location in new[] { slow, fast })
        {
            await using var store = await SuppleStore.OpenAsync(location, _time);
            await store.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = zone });
        }

        await using (var store = await SuppleStore.OpenAsync(slow, _time))
        {
            foreach (var session in sessions)
            {
                await store.LogSessionAsync(session);
            }
        }

        SqliteConnection.ClearAllPools();
        foreach (var session in sessions)
        {
            Assert.NotNull(SqliteJournalFastPath.TryLog(fast, session));
        }

        await using var viaStore = await SuppleStore.OpenAsync(slow, _time);
        await using var viaFastPath = await SuppleStore.OpenAsync(fast, _time);
        var written = (await viaFastPath.GetHistoryAsync(since: null)).Sessions;
        Assert.Equal(3, written.Count);
        var first = written[2];
        Assert.Equal(new DateOnly(2026, 1, 2), first.Day);
        Assert.Equal(SessionSource.Logged, first.Source);
        Assert.Equal(SessionOutcome.Completed, first.Outcome);
        Assert.Equal(first.StartedAt, first.EndedAt);
        Assert.Equal("with my physio – ünïcode", first.Note);
        Assert.Equal([6, 4], new[] { first.PainBefore?.Value ?? -1, first.PainAfter?.Value ?? -1 });
        Assert.Equal(sessions[0].Stretches, first.Stretches);
        Assert.Null(written[1].Note);

        // Figures by hand: three sessions, all completed (a logged session is), one pain pair (6 → 4).
        var stats = await viaFastPath.GetStatsAsync();
        Assert.Equal(3, stats.Sessions);
        Assert.Equal(3, stats.Completed);
        Assert.Equal(1, stats.PainPairs);
        Assert.Equal(6.0, stats.AveragePainBefore!.Value, 6);

        // And value for value what the store wrote for the same sessions (ids and uids aside).
        Assert.Equal(Comparable(await viaStore.GetHistoryAsync(since: null)), Comparable(await viaFastPath.GetHistoryAsync(since: null)));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(await viaStore.GetStatsAsync()), System.Text.Json.JsonSerializer.Serialize(stats));
    }

    [Fact]
    public async Task A_logged_session_the_store_would_refuse_is_refused_by_the_fast_path_and_nothing_is_written()
    {
        var path = _folder.File("refuse.db");
        var location = StoreLocation.ForFile(path);
        await using (await SuppleStore.OpenAsync(location, _time))
        {
        }

        SqliteConnection.ClearAllPools();
        var at = _time.GetUtcNow();
        Assert.ThrowsAny<ArgumentException>(() => SqliteJournalFastPath.TryLog(location, new LoggedSession(at, "built-in", DosageLevel.Standard, [], PainBefore: 11)));
        Assert.ThrowsAny<ArgumentException>(() => SqliteJournalFastPath.TryLog(location, new LoggedSession(at, "built-in", DosageLevel.Standard, [], Note: new string('x', PainEntry.MaxNoteLength + 1))));
        Assert.ThrowsAny<ArgumentException>(() => SqliteJournalFastPath.TryLog(location, new LoggedSession(at, " ", DosageLevel.Standard, [])));
        Assert.Null(SqliteJournalFastPath.TryLog(location, new LoggedSession(at, "built-in", DosageLevel.Standard, []), userId: "nobody-yet"));
        Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM sessions;"));
        Assert.Equal(0L, Scalar(path, "SELECT coalesce(sum(sessions_started), 0) FROM user_stats;"));
    }

    [Fact]
    public async Task A_session_started_with_plain_sql_is_stored_as_the_store_starts_it_and_goes_on_through_the_store()
    {
        // Two files with the same past (a practised yesterday, so a streak runs); the same start goes into one through
        // the store (EF Core) and into the other through the fast path; both then go on through the store.
        var zone = "Pacific/Auckland";
        var yesterday = new LoggedSession(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.Zero), "built-in", DosageLevel.Standard,
            [new StretchRecord("childs-pose", Side.None, 3, 1, 90, false, false)], PainBefore: 5, PainAfter: 3);
        var start = new SessionStart(
            new DateTimeOffset(2026, 3, 28, 22, 15, 0, TimeSpan.Zero), "built-in", DosageLevel.Gentle, PainBefore: 6,
            ["cat-camel", "seated-twist"], Play: "{\"programme\":\"built-in\",\"steps\":[]}");
        var slow = StoreLocation.ForFile(_folder.File("start-slow.db"));
        var fast = StoreLocation.ForFile(_folder.File("start-fast.db"));
        foreach (var location in new[] { slow, fast })
        {
            await using var store = await SuppleStore.OpenAsync(location, _time);
            await store.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = zone });
            await store.LogSessionAsync(yesterday);
        }

        long slowId;
        await using (var store = await SuppleStore.OpenAsync(slow, _time))
        {
            slowId = await store.StartSessionAsync(start);
        }

        SqliteConnection.ClearAllPools();
        var started = SqliteJournalFastPath.TryStartSession(fast, start);
        Assert.NotNull(started);

        // What it returns is what the store reads back, and an open session: no end, no outcome, nothing done yet.
        await using var viaStore = await SuppleStore.OpenAsync(slow, _time);
        await using var viaFastPath = await SuppleStore.OpenAsync(fast, _time);
        var stored = await viaFastPath.GetSessionAsync(started.Id);
        Assert.NotNull(stored);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(stored), System.Text.Json.JsonSerializer.Serialize(started));
        Assert.Equal(new DateOnly(2026, 3, 29), started.Day); // 11:15 on Sunday in Auckland
        Assert.Null(started.Outcome);
        Assert.Equal(start.Play, started.Play);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize((await viaStore.GetSessionAsync(slowId))! with { Id = 0, Uid = Guid.Empty }),
            System.Text.Json.JsonSerializer.Serialize(stored with { Id = 0, Uid = Guid.Empty }));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(await viaStore.GetStatsAsync()), System.Text.Json.JsonSerializer.Serialize(await viaFastPath.GetStatsAsync()));
        Assert.Equal(2, (await viaFastPath.GetStatsAsync()).Sessions);

        // The store carries it on: a stretch, then the end. Same history and same figures on both files.
        var done = new RecordedStretch(new StretchRecord("cat-camel", Side.None, 10, 1, 60, false, false), start.StartedAt.AddMinutes(2));
        foreach (var (store, id) in new[] { (viaStore, slowId), (viaFastPath, started.Id) })
        {
            await store.RecordStretchesAsync(id, [done], play: null, ending: null, playBefore: null);
            await store.FinishSessionAsync(id, SessionOutcome.Completed, start.StartedAt.AddMinutes(3), 2, null);
        }

        Assert.Equal(Comparable(await viaStore.GetHistoryAsync(since: null)), Comparable(await viaFastPath.GetHistoryAsync(since: null)));
        var stats = await viaFastPath.GetStatsAsync();
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(await viaStore.GetStatsAsync()), System.Text.Json.JsonSerializer.Serialize(stats));
        Assert.Equal(2, stats.CurrentStreak);
    }

    [Fact]
    public async Task A_start_the_store_would_refuse_is_refused_by_the_fast_path_and_nothing_is_written()
    {
        var path = _folder.File("refuse-start.db");
        var location = StoreLocation.ForFile(path);
        await using (await SuppleStore.OpenAsync(location, _time))
        {
        }

        SqliteConnection.ClearAllPools();
        var at = _time.GetUtcNow();
        Assert.ThrowsAny<ArgumentException>(() => SqliteJournalFastPath.TryStartSession(location, new SessionStart(at, "built-in", DosageLevel.Standard, PainBefore: 11, [])));
        Assert.ThrowsAny<ArgumentException>(() => SqliteJournalFastPath.TryStartSession(location, new SessionStart(at, " ", DosageLevel.Standard, null, [])));
        Assert.Null(SqliteJournalFastPath.TryStartSession(location, new SessionStart(at, "built-in", DosageLevel.Standard, null, []), userId: "nobody-yet"));
        Assert.Null(SqliteJournalFastPath.TryStartSession(StoreLocation.ForFile(_folder.File("missing.db")), new SessionStart(at, "built-in", DosageLevel.Standard, null, [])));
        Assert.False(File.Exists(_folder.File("missing.db")));
        Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM sessions;"));
        Assert.Equal(0L, Scalar(path, "SELECT coalesce(sum(sessions_started), 0) FROM user_stats;"));
    }

    private static string Comparable(History history) =>
        System.Text.Json.JsonSerializer.Serialize(history with { Sessions = [.. history.Sessions.Select(s => s with { Id = Guid.Empty })] });

    [Fact]
    public async Task It_declines_and_writes_nothing_for_a_missing_file_an_unknown_person_or_another_schema()
    {
        var entry = PainEntry.Create(_time.GetUtcNow(), new PainScore(3));
        var missing = StoreLocation.ForFile(_folder.File("missing.db"));
        Assert.Null(SqliteJournalFastPath.TryAddPain(missing, entry));
        Assert.Null(SqliteJournalFastPath.TryReadTimeZone(missing));
        Assert.False(File.Exists(missing.FilePath));

        var path = _folder.File("other.db");
        var location = StoreLocation.ForFile(path);
        await using (await SuppleStore.OpenAsync(location, _time))
        {
        }

        SqliteConnection.ClearAllPools();
        Assert.Null(SqliteJournalFastPath.TryAddPain(location, entry, userId: "nobody-yet"));

        Execute(path, "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '99.0.0');");
        Assert.Null(SqliteJournalFastPath.TryAddPain(location, entry));
        Assert.Null(SqliteJournalFastPath.TryReadTimeZone(location));
        Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM pain_entries;"));
    }

    [Fact]
    public async Task A_damaged_file_is_refused_before_anything_is_written()
    {
        var path = _folder.File("damaged.db");
        var location = StoreLocation.ForFile(path);
        await using (var store = await SuppleStore.OpenAsync(location, _time))
        {
            for (var i = 0; i < 200; i++)
            {
                await store.AddPainEntryAsync(PainEntry.Create(_time.GetUtcNow().AddMinutes(-i), new PainScore(i % 11), note: new string('x', 400)));
            }
        }

        SqliteConnection.ClearAllPools();
        Execute(path, "PRAGMA wal_checkpoint(TRUNCATE);");
        var bytes = await File.ReadAllBytesAsync(path);
        for (var i = bytes.Length / 2; i < (bytes.Length / 2) + 4096; i++)
        {
            bytes[i] = 0x5A;
        }

        await File.WriteAllBytesAsync(path, bytes);
        var ex = Assert.Throws<StoreException>(() => SqliteJournalFastPath.TryAddPain(location, PainEntry.Create(_time.GetUtcNow(), new PainScore(9))));
        Assert.Contains("damaged", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_file_that_cannot_be_written_is_refused_by_the_write_check_and_a_writable_one_passes()
    {
        var path = _folder.File("read-only.db");
        var location = StoreLocation.ForFile(path);
        await using (await SuppleStore.OpenAsync(location, _time))
        {
        }

        SqliteConnection.ClearAllPools();
        StoreSchema.ThrowIfReadOnly(location);
        StoreSchema.ThrowIfReadOnly(StoreLocation.ForFile(_folder.File("not-yet.db")));
        var before = await File.ReadAllBytesAsync(path);

        // As root a file mode does not stop writes; the immutable attribute does.
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var immutable = Environment.UserName == "root" && Chattr("+i", path);
        try
        {
            var ex = Assert.Throws<StoreException>(() => StoreSchema.ThrowIfReadOnly(location));
            Assert.Contains("read-only", ex.Message, StringComparison.Ordinal);
            Assert.Equal(before, await File.ReadAllBytesAsync(path));
        }
        finally
        {
            if (immutable)
            {
                Chattr("-i", path);
            }

            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static bool Chattr(string flag, string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true, UseShellExecute = false });
        process!.WaitForExit(10_000);
        return process.ExitCode == 0;
    }

    private static void Execute(string path, string sql) => Scalar(path, sql);

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
