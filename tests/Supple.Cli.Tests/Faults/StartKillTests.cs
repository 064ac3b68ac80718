using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Supple.Cli.Tests.TestSupport;
using Xunit.Abstractions;

namespace Supple.Cli.Tests.Faults;

/// <summary>
/// <c>supple start --plain</c> killed with SIGKILL at random points of real sessions on a real SQLite file: the file
/// stays sound and every stretch the session reported as saved is in it. See docs/RELIABILITY.md.
/// </summary>
[Collection(FaultProcessCollection.Name)]
public sealed partial class StartKillTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Four lanes of five runs: 20 kill points, in well under a minute on an idle machine (the lanes run side by side).</summary>
    private const int Lanes = 4;
    private const int RunsPerLane = 5;


    private readonly string _folder = Directory.CreateTempSubdirectory("supple-faults-kill-").FullName;

    /// <summary>The last hold of quick.yaml's session, as the plain player writes it.</summary>
    private const string LastHold = "3/3 Last squeeze · hold";

    private static string Programme => Path.Combine(RepoPaths.Root, "tests", "Supple.Cli.Tests", "Faults", "quick.yaml");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d\] saved: ([a-z0-9-]+)(?: \((left|right) side\))?: ", RegexOptions.Multiline)]
    private static partial Regex SavedLine();

    [Fact]
    public async Task Killed_at_20_random_points_the_file_is_sound_and_every_saved_stretch_is_kept()
    {
        var seed = FaultSeed.Get("SUPPLE_FAULT_SEED");
        output.WriteLine($"seed {seed} (set SUPPLE_FAULT_SEED={seed} to replay these kill points)");
        var random = new Random(seed);
        var plans = Enumerable.Range(0, Lanes)
            .Select(_ => Enumerable.Range(0, RunsPerLane).Select(_ => KillPoint.Pick(random)).ToArray())
            .ToArray();

        var lanes = await Task.WhenAll(plans.Select((kills, lane) => RunLaneAsync(lane, kills)));

        foreach (var (db, runs) in lanes)
        {
            foreach (var run in runs)
            {
                output.WriteLine($"{Path.GetFileName(db)} run {run.Index}: killed {run.KillAfter}, {run.Saved.Count} stretch(es) reported saved{(run.Completed ? ", completed" : "")}");
            }

            await CheckFileAsync(db, runs, seed);
            await CheckHistoryCommandAsync(db, runs, seed);
        }

        // The kill points must have fallen both before and after stretches were saved, or the test proves little.
        var all = lanes.SelectMany(l => l.Runs).ToList();
        Assert.True(all.Any(r => r.Saved.Count > 0 && !r.Completed), $"seed {seed}: no run was killed after a save and before the end");
        Assert.True(all.Any(r => r.StartedSession && r.Saved.Count == 0), $"seed {seed}: no run was killed before its first save");
    }

    private async Task<(string Db, List<KilledRun> Runs)> RunLaneAsync(int lane, KillPoint[] kills)
    {
        var db = Path.Combine(_folder, $"lane{lane}.db");
        var runs = new List<KilledRun>();
        for (var i = 0; i < kills.Length; i++)
        {
            // The pain score before tags each run's session (0–9), so a run's output can be matched to its row.
            using var process = SuppleProcess.Start(
                ["start", "--plain", "--accept-disclaimer", "--quiet", "--programme", Programme, "--db", db, "--pain-before", i.ToString(CultureInfo.InvariantCulture)]);
            if (kills[i].AfterSessionStart)
            {
                // Start-up time varies a lot on a busy machine; counting from the session's first line keeps the
                // kill points inside the session wherever the machine is.
                await process.WaitForOutputAsync("] session: ", TimeSpan.FromSeconds(90));
            }

            await Task.Delay(kills[i].Delay);
            process.Kill();
            await process.WaitForExitAsync(TimeSpan.FromSeconds(15));
            var stdout = process.Stdout;
            runs.Add(new KilledRun(
                i,
                kills[i],
                stdout.Contains("] session: ", StringComparison.Ordinal),
                // "Streak:" is printed after the session was closed in the store. The session is stored as completed
                // with the report of its last step, sent when the last hold ends: from that hold's line on, until
                // "outcome:" is printed, the file may say either.
                stdout.Contains("Streak: ", StringComparison.Ordinal),
                stdout.Contains("] outcome: ", StringComparison.Ordinal) || stdout.Contains(LastHold, StringComparison.Ordinal),
                [.. SavedLine().Matches(stdout).Select(m => (m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : "none"))],
                stdout));
        }

        return (db, runs);
    }

    private static async Task CheckFileAsync(string db, List<KilledRun> runs, int seed)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        await connection.OpenAsync();
        Assert.Equal(["ok"], await QueryAsync(connection, "PRAGMA integrity_check", r => r.GetString(0)));
        Assert.Empty(await QueryAsync(connection, "PRAGMA foreign_key_check", r => r.GetString(0)));

        var sessions = await QueryAsync(connection, "SELECT id, pain_before, outcome FROM sessions", r => (Id: r.GetInt64(0), Pain: r.GetInt32(1), Outcome: r.IsDBNull(2) ? null : r.GetString(2)));
        var records = await QueryAsync(connection, "SELECT session_id, stretch_id, side, reps_done, sets_done, seconds_held FROM stretch_records",
            r => (Session: r.GetInt64(0), Stretch: r.GetString(1), Side: r.GetString(2), Reps: r.GetInt32(3), Sets: r.GetInt32(4), Seconds: r.GetInt32(5)));

        foreach (var run in runs)
        {
            var context = $"seed {seed}, {Path.GetFileName(db)} run {run.Index} killed {run.KillAfter}; output:\n{run.Stdout}";
            var mine = sessions.Where(s => s.Pain == run.Index).ToList();
            Assert.True(mine.Count <= 1, "more than one session for one run: " + context);
            if (run.StartedSession)
            {
                Assert.True(mine.Count == 1, "the session the run announced is missing: " + context);
            }

            var stored = mine.Count == 0 ? [] : records.Where(r => r.Session == mine[0].Id).ToList();
            foreach (var (stretch, side) in run.Saved)
            {
                Assert.True(stored.Any(r => r.Stretch == stretch && r.Side == side), $"{stretch} ({side}) was reported saved but is not stored: {context}");
            }

            // Whatever is stored is whole: one rep, one set, one second, and no stretch twice.
            Assert.All(stored, r => Assert.True(r is { Reps: 1, Sets: 1, Seconds: 1 }, $"a damaged record {r}: {context}"));
            Assert.Equal(stored.Count, stored.DistinctBy(r => (r.Stretch, r.Side)).Count());
            if (run.Completed)
            {
                Assert.True(mine[0].Outcome == "completed" && stored.Count == 4, "a completed session is not stored whole: " + context);
            }
        }
    }

    private static async Task CheckHistoryCommandAsync(string db, List<KilledRun> runs, int seed)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["history", "--json", "--db", db], timeout: TimeSpan.FromSeconds(30));
        Assert.True(exit == 0, $"seed {seed}: supple history --json failed on {Path.GetFileName(db)} (exit {exit}): {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var sessions = json.RootElement.GetProperty("sessions").EnumerateArray().ToList();
        foreach (var run in runs.Where(r => r.StartedSession))
        {
            var session = Assert.Single(sessions, s => s.GetProperty("painBefore").ValueKind == JsonValueKind.Number && s.GetProperty("painBefore").GetInt32() == run.Index);
            var listed = session.GetProperty("stretches").EnumerateArray()
                .Select(s => (s.GetProperty("stretch").GetString(), s.GetProperty("side").GetString()))
                .ToList();
            foreach (var saved in run.Saved)
            {
                Assert.True(listed.Contains(saved), $"seed {seed}: supple history does not list {saved} of run {run.Index} in {Path.GetFileName(db)}");
            }

            var outcome = session.GetProperty("outcome").GetString();
            if (run.Completed || !run.Ending)
            {
                Assert.Equal(run.Completed ? "completed" : "abandoned", outcome);
            }
        }
    }

    private static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>
    /// Where a run is killed: one run in five during start-up (0–1.5 s after launch: opening or creating and migrating
    /// the file), the others 0–8.5 s after the session's first line (a session of quick.yaml takes 8 s).
    /// </summary>
    private sealed record KillPoint(bool AfterSessionStart, TimeSpan Delay)
    {
        public static KillPoint Pick(Random random) =>
            random.Next(5) == 0
                ? new KillPoint(false, TimeSpan.FromMilliseconds(random.Next(1500)))
                : new KillPoint(true, TimeSpan.FromMilliseconds(random.Next(8500)));

        public override string ToString() => $"{Delay.TotalMilliseconds:F0} ms after {(AfterSessionStart ? "the session started" : "launch")}";
    }

    private sealed record KilledRun(int Index, KillPoint KillAfter, bool StartedSession, bool Completed, bool Ending, IReadOnlyList<(string Stretch, string Side)> Saved, string Stdout);
}
