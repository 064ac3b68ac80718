using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data.Tests;

/// <summary>
/// The plain-SQL path of <c>supple history</c> on a real SQLite file: it reads what the store wrote (figures written
/// here, then the whole history compared with the store's EF Core read of the same file), only that person's, only
/// since the date asked for, and it declines whatever it cannot answer for.
/// </summary>
public sealed class SqliteHistoryReaderTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(FixedHistory.Now);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_history_read_with_plain_sql_is_what_was_written_and_what_the_store_reads()
    {
        var location = StoreLocation.ForFile(_folder.File("history.db"));
        var pain = PainEntry.Create(new DateTimeOffset(2026, 1, 9, 20, 15, 0, TimeSpan.Zero), new PainScore(6), BodyArea.Neck, "after \"the\" drive – ünïcode");
        await using (var store = await SuppleStore.OpenAsync(location, _time, "local"))
        await using (var other = await SuppleStore.OpenAsync(location, _time, "someone-else"))
        {
            await WriteFixedHistoryAndASidedStopAsync(store, other);
            await store.AddPainEntryAsync(pain);
            await store.AddPainEntryAsync(PainEntry.Create(new DateTimeOffset(2026, 1, 3, 9, 0, 0, TimeSpan.Zero), new PainScore(2)));
            await other.AddPainEntryAsync(PainEntry.Create(FixedHistory.Now, new PainScore(9)));
        }

        SqliteConnection.ClearAllPools();
        var all = SqliteHistoryReader.TryRead(location, since: null);
        Assert.NotNull(all);
        Assert.Equal(FixedHistory.Zone, all.TimeZoneId);

        // FixedHistory's seven sessions and the one above, newest first; nothing of the other person's.
        Assert.Equal(8, all.Sessions.Count);
        Assert.Equal(
            [new DateTimeOffset(2026, 1, 10, 17, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 10, 13, 0, 0, TimeSpan.Zero)],
            all.Sessions.Take(2).Select(s => s.StartedAt));
        var newest = all.Sessions[0];
        Assert.Equal(SessionOutcome.StoppedForPain, newest.Outcome);
        Assert.Equal(DosageLevel.Gentle, newest.Level);
        Assert.Null(newest.PainBefore);
        Assert.Equal(5, newest.PainAfter?.Value);
        Assert.Equal(new HurtReport("upper-trapezius-stretch", Side.Right, FixedHistory.Now.AddMinutes(32)), newest.Hurt);
        Assert.Equal(
            [new StretchRecord("upper-trapezius-stretch", Side.Left, 2, 1, 20, false, false), new StretchRecord("upper-trapezius-stretch", Side.Right, 1, 1, 12, false, true, true)],
            newest.Stretches);
        var unfinished = Assert.Single(all.Sessions, s => s.StartedAt == new DateTimeOffset(2026, 1, 9, 14, 0, 0, TimeSpan.Zero));
        Assert.True(unfinished.NeverFinished);
        Assert.Equal(new DateOnly(2026, 1, 9), unfinished.Day);
        var lateEvening = Assert.Single(all.Sessions, s => s.StartedAt == new DateTimeOffset(2026, 1, 8, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 1, 7), lateEvening.Day); // 21:00 in New York
        Assert.True(lateEvening.Stretches[1].Skipped);

        Assert.Equal([6, 2], all.PainEntries.Select(p => p.Score.Value));
        var noted = all.PainEntries[0];
        Assert.Equal(pain.Id, noted.Id);
        Assert.Equal(BodyArea.Neck, noted.Area);
        Assert.Equal(pain.Note, noted.Note);
        Assert.Null(all.PainEntries[1].Area);

        var since = new DateTimeOffset(2026, 1, 8, 12, 0, 0, TimeSpan.Zero);
        var recent = SqliteHistoryReader.TryRead(location, since);
        Assert.NotNull(recent);
        Assert.Equal(4, recent.Sessions.Count); // 8 Jan 15:00, 9 Jan, 10 Jan, 10 Jan 17:30
        Assert.Equal([6], recent.PainEntries.Select(p => p.Score.Value));

        // The store's own read of the same file gives the same history, value for value.
        await using (var store = await SuppleStore.OpenAsync(location, _time, "local"))
        {
            Assert.Equal(Serialized(await store.GetHistoryAsync(since: null)), Serialized(all));
            Assert.Equal(Serialized(await store.GetHistoryAsync(since)), Serialized(recent));
        }
    }

    [Fact]
    public async Task The_export_read_with_plain_sql_is_byte_for_byte_the_stores_export_in_every_format()
    {
        var location = StoreLocation.ForFile(_folder.File("export.db"));
        await using (var store = await SuppleStore.OpenAsync(location, _time, "local"))
        await using (var other = await SuppleStore.OpenAsync(location, _time, "someone-else"))
        {
            await WriteFixedHistoryAndASidedStopAsync(store, other);
            await store.LogSessionAsync(new LoggedSession(FixedHistory.Now.AddMinutes(-5), "built-in", DosageLevel.Full, [], Note: "with \"my\" physio – ünïcode"));
            await store.AddPainEntryAsync(PainEntry.Create(new DateTimeOffset(2026, 1, 9, 20, 15, 0, TimeSpan.Zero), new PainScore(6), BodyArea.Neck, "a, b; \"c\"\nd"));
            await store.AddPainEntryAsync(PainEntry.Create(new DateTimeOffset(2026, 1, 3, 9, 0, 0, TimeSpan.Zero), new PainScore(2)));
            await other.AddPainEntryAsync(PainEntry.Create(FixedHistory.Now, new PainScore(9)));
        }

        SqliteConnection.ClearAllPools();
        var fast = SqliteHistoryReader.TryExport(location, FixedHistory.Now);
        Assert.NotNull(fast);
        Assert.Equal(9, fast.Sessions.Count); // FixedHistory's seven and the two above; nothing of the other person's
        Assert.Equal(2, fast.PainEntries.Count);
        Assert.Equal(fast.Sessions.OrderBy(s => s.StartedAt).Select(s => s.Id), fast.Sessions.Select(s => s.Id)); // oldest first
        Assert.Equal(true, fast.Sessions[^1].Stretches[1].Partial);
        Assert.Null(SqliteHistoryReader.TryExport(location, FixedHistory.Now, userId: "nobody-yet"));
        Assert.Null(SqliteHistoryReader.TryExport(StoreLocation.ForFile(_folder.File("missing.db")), FixedHistory.Now));

        await using (var store = await SuppleStore.OpenAsync(location, _time, "local"))
        {
            var viaStore = await store.ExportAsync();
            Assert.Equal(ExportJson.Write(viaStore), ExportJson.Write(fast));
            Assert.Equal(ExportCsv.Write(viaStore), ExportCsv.Write(fast));
        }
    }

    [Fact]
    public async Task With_every_hurt_the_older_sessions_in_which_something_hurt_come_too_on_both_paths()
    {
        var location = StoreLocation.ForFile(_folder.File("hurts.db"));
        var old = new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var since = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using (var store = await SuppleStore.OpenAsync(location, _time, "local"))
        {
            // Old: a calm one, one with a hurt stretch record, one stopped with a hurt report and no record of it.
            await store.LogSessionAsync(new LoggedSession(old, "built-in", DosageLevel.Standard, [new StretchRecord("cat-camel", Side.None, 10, 1, 50, false, false)]));
            var recorded = await store.StartSessionAsync(new SessionStart(old.AddDays(1), "built-in", DosageLevel.Standard, 3, ["chest-opener", "cat-camel"]));
            await store.RecordStretchAsync(recorded, new StretchRecord("chest-opener", Side.None, 3, 0, 15, false, Hurt: true), old.AddDays(1).AddMinutes(2));
            await store.RecordStretchAsync(recorded, new StretchRecord("cat-camel", Side.None, 10, 1, 50, false, false), old.AddDays(1).AddMinutes(4));
            await store.FinishSessionAsync(recorded, SessionOutcome.Completed, old.AddDays(1).AddMinutes(5), 4, hurt: null);
            var reported = await store.StartSessionAsync(new SessionStart(old.AddDays(2), "built-in", DosageLevel.Standard, 3, ["seated-twist"]));
            await store.FinishSessionAsync(reported, SessionOutcome.StoppedForPain, old.AddDays(2).AddMinutes(1), 6, new HurtReport("seated-twist", Side.Left, old.AddDays(2).AddMinutes(1)));
            await store.AddPainEntryAsync(PainEntry.Create(old, new PainScore(7)));

            // Recent: one calm session and one check-in.
            await store.LogSessionAsync(new LoggedSession(since.AddDays(3), "built-in", DosageLevel.Standard, [new StretchRecord("cat-camel", Side.None, 10, 1, 50, false, false)]));
            await store.AddPainEntryAsync(PainEntry.Create(since.AddDays(3), new PainScore(2)));
        }

        SqliteConnection.ClearAllPools();
        var fast = SqliteHistoryReader.TryRead(location, since, withEveryHurt: true);
        Assert.NotNull(fast);
        Assert.Equal([since.AddDays(3), old.AddDays(2), old.AddDays(1)], fast.Sessions.Select(s => s.StartedAt));
        Assert.Equal(["chest-opener", "cat-camel"], fast.Sessions[2].Stretches.Select(r => r.StretchId));
        Assert.True(fast.Sessions[2].Stretches[0].Hurt);
        Assert.Equal("seated-twist", fast.Sessions[1].Hurt?.StretchId);
        Assert.Equal([2], fast.PainEntries.Select(p => p.Score.Value)); // pain entries stay within the window
        Assert.Single(SqliteHistoryReader.TryRead(location, since)!.Sessions);

        await using (var store = await SuppleStore.OpenAsync(location, _time, "local"))
        {
            Assert.Equal(Serialized(await store.GetHistoryAsync(since, withEveryHurt: true)), Serialized(fast));
            Assert.Single((await store.GetHistoryAsync(since)).Sessions);
        }
    }

    [Fact]
    public async Task It_declines_for_a_missing_file_an_unknown_person_or_another_schema_and_creates_nothing()
    {
        var missing = StoreLocation.ForFile(_folder.File("missing.db"));
        Assert.Null(SqliteHistoryReader.TryRead(missing, since: null));
        Assert.False(File.Exists(missing.FilePath));

        var path = _folder.File("other.db");
        var location = StoreLocation.ForFile(path);
        await using (await SuppleStore.OpenAsync(location, _time))
        {
        }

        SqliteConnection.ClearAllPools();
        Assert.NotNull(SqliteHistoryReader.TryRead(location, since: null));
        Assert.Null(SqliteHistoryReader.TryRead(location, since: null, userId: "nobody-yet"));

        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '99.0.0');";
            command.ExecuteNonQuery();
        }

        Assert.Null(SqliteHistoryReader.TryRead(location, since: null));
    }

    [Fact]
    public async Task A_stored_value_supple_never_writes_is_refused_as_the_store_refuses_it()
    {
        var path = _folder.File("odd.db");
        var location = StoreLocation.ForFile(path);
        await using (var store = await SuppleStore.OpenAsync(location, _time))
        {
            await store.LogSessionAsync(new LoggedSession(FixedHistory.Now, "built-in", DosageLevel.Standard, []));
        }

        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE sessions SET level = 'heroic';";
            command.ExecuteNonQuery();
        }

        var fast = Record.Exception(() => SqliteHistoryReader.TryRead(location, since: null));
        Exception? slow;
        await using (var store = await SuppleStore.OpenAsync(location, _time))
        {
            slow = await Record.ExceptionAsync(() => store.GetHistoryAsync(since: null));
        }

        Assert.NotNull(fast);
        Assert.NotNull(slow);
        Assert.Equal(slow.GetType(), fast.GetType());
        Assert.Equal(slow.Message, fast.Message);
        Assert.Contains("heroic", fast.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// FixedHistory in New York time, then a session stopped for pain on the right side of a sided stretch, with a
    /// cut-short record: the shapes both read paths must map alike.
    /// </summary>
    private static async Task WriteFixedHistoryAndASidedStopAsync(SuppleStore store, SuppleStore other)
    {
        await store.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = FixedHistory.Zone });
        await FixedHistory.WriteAsync(store, other);
        var sided = await store.StartSessionAsync(new SessionStart(FixedHistory.Now.AddMinutes(30), "built-in", DosageLevel.Gentle, null, ["upper-trapezius-stretch"]));
        await store.RecordStretchAsync(sided, new StretchRecord("upper-trapezius-stretch", Side.Left, 2, 1, 20, Skipped: false, Hurt: false), FixedHistory.Now.AddMinutes(31));
        await store.RecordStretchAsync(sided, new StretchRecord("upper-trapezius-stretch", Side.Right, 1, 1, 12, Skipped: false, Hurt: true, Partial: true), FixedHistory.Now.AddMinutes(32));
        await store.FinishSessionAsync(sided, SessionOutcome.StoppedForPain, FixedHistory.Now.AddMinutes(32), 5, new HurtReport("upper-trapezius-stretch", Side.Right, FixedHistory.Now.AddMinutes(32)));
    }

    private static string Serialized(History history) => JsonSerializer.Serialize(history, Json);
}
