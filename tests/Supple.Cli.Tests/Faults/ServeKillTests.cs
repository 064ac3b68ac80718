using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Supple.Cli.Tests.Faults;

/// <summary>
/// The real <c>supple serve</c>, killed with SIGKILL while clients write: after a restart on the same database,
/// every write that got a 2xx before the kill is there. On a SQLite file, and on PostgreSQL, where finished sessions
/// go through the server's group commit. See docs/RELIABILITY.md.
/// </summary>
[Collection(FaultProcessCollection.Name)]
public sealed class ServeKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Writers = 6;

    // On PostgreSQL more clients than the group commit has writers, so that finished sessions queue and share
    // transactions when the kill comes.
    private const int PostgreSqlWriters = 16;

    private readonly string _folder = Directory.CreateTempSubdirectory("supple-faults-serve-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Every_write_acknowledged_before_a_SIGKILL_is_there_after_a_restart()
    {
        var db = Path.Combine(_folder, "supple.db");
        await KillUnderLoadAndCheckAsync(db, Writers);

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Every_write_acknowledged_before_a_SIGKILL_is_there_after_a_restart_on_PostgreSQL()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await KillUnderLoadAndCheckAsync(postgres.ConnectionString, PostgreSqlWriters);
    }

    private async Task KillUnderLoadAndCheckAsync(string db, int writers)
    {
        var seed = FaultSeed.Get("SUPPLE_FAULT_SEED");
        var killAfter = TimeSpan.FromMilliseconds(new Random(seed).Next(1500, 4000));
        output.WriteLine($"seed {seed} (set SUPPLE_FAULT_SEED={seed} to replay): SIGKILL after {killAfter.TotalMilliseconds:F0} ms of writing");

        var load = new WriteLoad();
        TimeSpan killedAt;
        using (var server = await ServeProcess.StartAsync(db))
        {
            // One write first: the schema is created and both sides are warmed up, so the kill falls in steady writing.
            using (var warm = server.CreateClient())
            using (var first = await warm.PostAsJsonAsync("api/v1/pain", new { score = 0, note = "warm-up" }))
            {
                Assert.True(first.StatusCode == HttpStatusCode.Created, $"{(int)first.StatusCode} {await first.Content.ReadAsStringAsync()}\n{server.Output}");
            }

            using var stop = new CancellationTokenSource();
            var writing = load.RunAsync(() => server.Address, writers, stop.Token);
            await Task.Delay(killAfter);

            // On a busy machine the writers may be slow to get going: kill only once enough has been acknowledged.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((load.AckedPain.Count < 20 || load.AckedCompleted.Count < 20) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            killedAt = load.Elapsed;
            await server.KillAsync();
            await Task.Delay(300); // let the writers see the refused connections
            await stop.CancelAsync();
            await writing.WaitAsync(TimeSpan.FromSeconds(30));
        }

        var answers = load.Answers.ToList();
        output.WriteLine($"{answers.Count} answers: {string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {g.Key}"))}; "
            + $"{load.AckedPain.Count} pain entries, {load.AckedSessions.Count} sessions and {load.AckedCompleted.Count} finished sessions acknowledged");
        Assert.True(load.AckedPain.Count >= 20 && load.AckedCompleted.Count >= 20, $"seed {seed}: too little was written before the kill for the test to mean anything");
        var serverErrors = answers.Where(a => a.Status >= 500 && a.At < killedAt).ToList();
        Assert.True(serverErrors.Count == 0, $"seed {seed}: server errors under load: {string.Join("; ", serverErrors.Take(5))}");

        using var restarted = await ServeProcess.StartAsync(db);
        using var client = restarted.CreateClient();
        var lost = await load.LostWritesAsync(client);
        Assert.True(lost.Count == 0, $"seed {seed}: {lost.Count} acknowledged writes lost, e.g. {string.Join("; ", lost.Take(5))}");

        // The restarted server takes writes again.
        using var after = await client.PostAsJsonAsync("api/v1/pain", new { score = 1, note = "after the restart" });
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }
}
