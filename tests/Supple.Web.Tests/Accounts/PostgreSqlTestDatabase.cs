using Npgsql;

namespace Supple.Web.Tests.Accounts;

/// <summary>A fresh PostgreSQL database per test class, in the server of SUPPLE_TEST_PG (started by scripts/test.sh).</summary>
public sealed class PostgreSqlTestDatabase : IAsyncLifetime
{
    public const string Variable = "SUPPLE_TEST_PG";

    private string? _admin;

    public string Name { get; } = "supple_web_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the multi-user tests need a PostgreSQL server. Run them with scripts/test.sh, which starts a throwaway cluster and sets {Variable}.");

    public async Task InitializeAsync()
    {
        _admin = AdminConnectionString;
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = Name, Pooling = true }.ConnectionString;
    }

    /// <summary>Runs a scalar query in this database (to look at what is stored, not through the app).</summary>
    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        if (_admin is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
