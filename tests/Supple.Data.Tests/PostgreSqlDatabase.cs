using Npgsql;

namespace Supple.Data.Tests;

/// <summary>A fresh PostgreSQL database per test class, in the server of SUPPLE_TEST_PG (started by scripts/test.sh).</summary>
public sealed class PostgreSqlDatabase : IAsyncLifetime
{
    public const string Variable = "SUPPLE_TEST_PG";

    private string? _adminConnectionString;

    public string DatabaseName { get; } = "supple_test_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL tests need a server. Run them with scripts/test.sh, which starts a throwaway cluster and sets {Variable}.");

    public async Task InitializeAsync()
    {
        _adminConnectionString = AdminConnectionString;
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = DatabaseName }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_adminConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
