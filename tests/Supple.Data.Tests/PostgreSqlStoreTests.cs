using Supple.Core.Sessions;

namespace Supple.Data.Tests;

/// <summary>The store contract on a real PostgreSQL server (one fresh database for the class; each test uses its own user ids).</summary>
public sealed class PostgreSqlStoreTests(PostgreSqlDatabase database) : StoreContractTests, IClassFixture<PostgreSqlDatabase>
{
    protected override StoreLocation NewLocation() => StoreLocation.ForPostgreSql(database.ConnectionString);

    [Fact]
    public async Task A_completed_session_that_fails_half_way_leaves_nothing_and_the_pooled_connection_clean()
    {
        // One pooled connection, so the next write reuses the very connection the failed one used.
        var location = StoreLocation.ForPostgreSql(database.ConnectionString + ";Maximum Pool Size=1");
        await using var store = await OpenAsync(location);
        var record = new RecordedStretch(Stretches.Done("cat-camel"), Monday.AddMinutes(5));

        // Accepted by the store's checks, refused by the column (varchar(200)) after the session's reads and locks.
        var tooLong = new CompletedSession(Monday, Monday.AddMinutes(10), new string('p', 300), DosageLevel.Standard, 6, 3, [record]);
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => store.SaveCompletedSessionAsync(tooLong));

        Time.SetUtcNow(Monday.AddHours(2));
        var stats = await store.GetStatsAsync();
        Assert.Equal(0, stats.Sessions);
        Assert.Empty(stats.Stretches);
        Assert.Empty((await store.GetHistoryAsync(null)).Sessions);

        // The connection was rolled back, not left inside the failed transaction: the next session is saved and kept.
        await store.SaveCompletedSessionAsync(tooLong with { ProgrammeName = "built-in" });
        Assert.Equal(1, (await store.GetStatsAsync()).Sessions);
        Assert.Single((await store.GetHistoryAsync(null)).Sessions);
    }
}
