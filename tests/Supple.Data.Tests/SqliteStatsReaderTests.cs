using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Supple.Data.Tests;

/// <summary>The fast statistics path (plain SQL over the summary rows) gives the figures worked out by hand, as the EF Core path does.</summary>
public sealed class SqliteStatsReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_expected_migration_is_the_newest_sqlite_migration()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.Equal(SqliteStatsReader.ExpectedMigration, context.Database.GetMigrations().Last());
    }

    [Fact]
    public async Task Fast_stats_of_a_fixed_history_are_the_figures_worked_out_by_hand()
    {
        // Both paths against figures written in the test (FixedHistory), not one against the other.
        _time.SetUtcNow(FixedHistory.Now);
        var location = StoreLocation.ForFile(_folder.File("fast.db"));
        await using (var store = await SuppleStore.OpenAsync(location, _time, "local"))
        await using (var other = await SuppleStore.OpenAsync(location, _time, "someone-else"))
        {
            await store.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = FixedHistory.Zone });
            await FixedHistory.WriteAsync(store, other);
            FixedHistory.AssertFigures(await store.GetStatsAsync());
        }

        SqliteConnection.ClearAllPools();
        var fast = SqliteStatsReader.TryRead(location, _time, "local");
        Assert.NotNull(fast);
        FixedHistory.AssertFigures(fast);
    }

    [Fact]
    public async Task The_fast_path_declines_a_missing_file_or_another_schema()
    {
        Assert.Null(SqliteStatsReader.TryRead(StoreLocation.ForFile(_folder.File("missing.db")), _time));
        Assert.False(File.Exists(_folder.File("missing.db")));

        var path = _folder.File("changed.db");
        await using (await SuppleStore.OpenAsync(StoreLocation.ForFile(path), _time))
        {
        }

        Assert.NotNull(SqliteStatsReader.TryRead(StoreLocation.ForFile(path), _time));
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '99.0.0');";
            await command.ExecuteNonQueryAsync();
        }

        Assert.Null(SqliteStatsReader.TryRead(StoreLocation.ForFile(path), _time));
    }
}
