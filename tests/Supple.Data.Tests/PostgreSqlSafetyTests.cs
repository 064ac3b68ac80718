using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Supple.Data.Tests;

/// <summary>PostgreSQL: a database with a newer schema is refused, an unreachable server gives a clear message.</summary>
public sealed class PostgreSqlSafetyTests(PostgreSqlDatabase database) : IClassFixture<PostgreSqlDatabase>
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_database_with_a_newer_schema_is_refused_and_left_alone()
    {
        var location = StoreLocation.ForPostgreSql(database.ConnectionString);
        await using (await SuppleStore.OpenAsync(location, _time))
        {
        }

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29990101000000_FromTheFuture', '99.0.0')", connection);
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<StoreException>(() => SuppleStore.OpenAsync(location, _time));
        Assert.Contains("newer version of Supple", error.Message, StringComparison.Ordinal);
        Assert.Contains(database.DatabaseName, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unreachable_server_gives_a_clear_message()
    {
        var location = StoreLocation.ForPostgreSql("Host=127.0.0.1;Port=1;Username=supple;Password=secret;Database=nowhere;Timeout=3");
        var error = await Assert.ThrowsAsync<StoreException>(() => SuppleStore.OpenAsync(location, _time));
        Assert.Contains("postgresql://supple@127.0.0.1:1/nowhere", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
