using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data.Tests;

/// <summary>The fast statistics path (plain SQL over the summary rows) agrees with the EF Core path.</summary>
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
    public async Task Fast_stats_equal_the_stores_stats()
    {
        var location = StoreLocation.ForFile(_folder.File("fast.db"));
        await using var store = await SuppleStore.OpenAsync(location, _time, "local");
        await store.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = "America/New_York" });
        var random = new Random(7);
        var at = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        string[] ids = ["shoulder-blade-squeeze", "cat-camel", "seated-twist"];
        for (var i = 0; i < 40; i++)
        {
            at = at.AddHours(10 + random.Next(30));
            var id = await store.StartSessionAsync(new SessionStart(at, "built-in", DosageLevel.Standard, random.Next(11), ids));
            foreach (var stretch in ids.Take(1 + random.Next(3)))
            {
                await store.RecordStretchAsync(id, new StretchRecord(stretch, Side.None, 2, 1, 30, random.Next(6) == 0, random.Next(8) == 0), at);
            }

            if (random.Next(4) > 0)
            {
                await store.FinishSessionAsync(id, SessionOutcome.Completed, at.AddMinutes(8), random.Next(11), null);
            }

            await store.AddPainEntryAsync(PainEntry.Create(at.AddHours(1), new PainScore(random.Next(11))));
        }

        // Another user's data must not leak into "local".
        await using (var other = await SuppleStore.OpenAsync(location, _time, "someone-else"))
        {
            await other.LogSessionAsync(new LoggedSession(at, "built-in", DosageLevel.Full, [new StretchRecord("child-pose", Side.None, 1, 1, 30, false, true)], 9, 9));
        }

        _time.SetUtcNow(at.AddHours(5));
        var expected = await store.GetStatsAsync();
        var fast = SqliteStatsReader.TryRead(location, _time, "local");
        Assert.NotNull(fast);
        Assert.Equal(expected with { Stretches = [] }, fast with { Stretches = [] });
        Assert.Equal(expected.Stretches, fast.Stretches);
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
