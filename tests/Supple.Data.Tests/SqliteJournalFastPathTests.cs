using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.History;

namespace Supple.Data.Tests;

/// <summary>
/// The plain-SQL path of <c>supple pain</c> on a real SQLite file: the row it writes is the one the store reads back,
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
