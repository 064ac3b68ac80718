using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.History;

namespace Supple.Data.Tests;

/// <summary>Files that are not Supple's, damaged, or newer are refused with a clear message and never changed.</summary>
public sealed class SqliteFileSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private async Task<StoreException> RefusedAsync(string path)
    {
        var before = await File.ReadAllBytesAsync(path);
        var error = await Assert.ThrowsAsync<StoreException>(() => SuppleStore.OpenAsync(StoreLocation.ForFile(path), _time));
        SqliteConnection.ClearAllPools();
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0, "a WAL file was written next to a refused database");
        return error;
    }

    [Fact]
    public async Task A_new_file_and_its_folders_are_created_in_wal_mode()
    {
        var path = _folder.File("a/b/supple.db");
        await using (var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(path), _time))
        {
            await store.AddPainEntryAsync(PainEntry.Create(_time.GetUtcNow(), new PainScore(2)));
        }

        Assert.True(File.Exists(path));
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA application_id;";
        Assert.Equal((long)StoreSchema.SqliteApplicationId, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_text_file_is_refused()
    {
        var path = _folder.File("notes.db");
        await File.WriteAllTextAsync(path, "shopping: milk, eggs\n");
        var error = await RefusedAsync(path);
        Assert.Contains("not a Supple database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_applications_sqlite_database_is_refused()
    {
        var path = _folder.File("other.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Ada');";
            await command.ExecuteNonQueryAsync();
        }

        var error = await RefusedAsync(path);
        Assert.Contains("not a Supple database", error.Message, StringComparison.Ordinal);
        Assert.Contains("contacts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_database_is_refused()
    {
        var path = _folder.File("damaged.db");
        await using (var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(path), _time))
        {
            for (var i = 0; i < 200; i++)
            {
                await store.AddPainEntryAsync(PainEntry.Create(_time.GetUtcNow().AddMinutes(i), new PainScore(i % 11), null, new string('x', 300)));
            }
        }

        await CheckpointAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 8 * 4096);
        // Scribble over the second half of the file (table and index pages), keeping the header intact.
        for (var i = bytes.Length / 2; i < bytes.Length; i += 7)
        {
            bytes[i] = (byte)(i * 31);
        }

        await File.WriteAllBytesAsync(path, bytes);
        var error = await RefusedAsync(path);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_with_a_newer_schema_is_refused()
    {
        var path = _folder.File("newer.db");
        await using (await SuppleStore.OpenAsync(StoreLocation.ForFile(path), _time))
        {
        }

        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '99.0.0'); PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        var error = await RefusedAsync(path);
        Assert.Contains("newer version of Supple", error.Message, StringComparison.Ordinal);
        Assert.Contains("29990101000000_FromTheFuture", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_treated_as_new()
    {
        var path = _folder.File("empty.db");
        await File.WriteAllBytesAsync(path, []);
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(path), _time);
        Assert.Empty((await store.GetHistoryAsync(null)).Sessions);
    }

    [Fact]
    public async Task A_migration_lock_left_by_a_killed_process_does_not_hang_later_starts()
    {
        // A process killed while EF Core held its migration lock leaves the lock row behind.
        var path = _folder.File("locked.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText =
                "CREATE TABLE \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
                // Taken a moment ago by a process that is gone: no Supple process holds the migration guard file.
                $"INSERT INTO \"__EFMigrationsLock\" VALUES (1, '{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}+00:00');";
            await command.ExecuteNonQueryAsync();
        }

        await using (var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(path), _time).WaitAsync(TimeSpan.FromSeconds(60)))
        {
            await store.AddPainEntryAsync(PainEntry.Create(_time.GetUtcNow(), new PainScore(3)));
        }

        // And with nothing to migrate, a lock row is not even looked at.
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2999-01-01 00:00:00+00:00');";
            await command.ExecuteNonQueryAsync();
        }

        await using var reopened = await SuppleStore.OpenAsync(StoreLocation.ForFile(path), _time).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Single((await reopened.GetHistoryAsync(null)).PainEntries);
    }

    [Fact]
    public async Task Processes_opening_a_new_file_at_once_migrate_it_once()
    {
        var location = StoreLocation.ForFile(_folder.File("race.db"));
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SuppleStore.OpenAsync(location, _time))));
        foreach (var store in stores)
        {
            await store.AddPainEntryAsync(PainEntry.Create(_time.GetUtcNow(), new PainScore(2)));
        }

        Assert.Equal(4, (await stores[0].GetHistoryAsync(null)).PainEntries.Count);
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        Assert.False(File.Exists(location.FilePath + ".migrating"));
    }

    private static async Task CheckpointAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync();
    }
}
