using System.Text.Json;
using Npgsql;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.History;

/// <summary>The history commands of the real <c>supple</c> on a PostgreSQL server (SUPPLE_TEST_PG, set by scripts/test.sh).</summary>
public sealed class PostgreSqlCommandTests : IAsyncLifetime
{
    private readonly string _name = "supple_cli_" + Guid.NewGuid().ToString("N")[..16];
    private string _admin = "";
    private string _db = "";

    public async Task InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable("SUPPLE_TEST_PG") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("SUPPLE_TEST_PG is not set: these tests need a PostgreSQL server. Run them with scripts/test.sh.");
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await command.ExecuteNonQueryAsync();
        _db = new NpgsqlConnectionStringBuilder(_admin) { Database = _name, Pooling = false }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_admin.Length == 0)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Pain_log_history_and_stats_work_on_postgresql()
    {
        var env = new Dictionary<string, string?> { ["SUPPLE_DB"] = _db, ["TZ"] = "Europe/London" };
        Assert.Equal(0, (await SuppleProcess.RunAsync(["pain", "5", "--area", "neck"], env)).ExitCode);
        Assert.Equal(0, (await SuppleProcess.RunAsync(["log", "--stretch", "cat-camel", "--pain-before", "5", "--pain-after", "3"], env)).ExitCode);

        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["stats", "--json"], env);
        Assert.True(exit == 0, stderr);
        using var stats = JsonDocument.Parse(stdout);
        Assert.Equal(1, stats.RootElement.GetProperty("sessions").GetInt32());
        Assert.Equal(1, stats.RootElement.GetProperty("currentStreak").GetInt32());
        Assert.Equal(-2.0, stats.RootElement.GetProperty("pain").GetProperty("averageChange").GetDouble());

        var history = await SuppleProcess.RunAsync(["history", "--json"], env);
        using var json = JsonDocument.Parse(history.Stdout);
        Assert.Equal("neck", Assert.Single(json.RootElement.GetProperty("painEntries").EnumerateArray()).GetProperty("area").GetString());

        var refused = await SuppleProcess.RunAsync(["pain", "12"], env);
        Assert.Equal(2, refused.ExitCode);
        Assert.DoesNotContain("Password", refused.Stderr, StringComparison.OrdinalIgnoreCase);
    }
}
