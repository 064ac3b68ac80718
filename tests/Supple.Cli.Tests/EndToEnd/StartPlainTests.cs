using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Data;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary><c>supple start --plain</c> as a separate process against a real SQLite file.</summary>
public sealed partial class StartPlainTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-cli-").FullName;

    private string Db => Path.Combine(_folder, "supple.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<Supple.Data.History> HistoryAsync()
    {
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(Db), TimeProvider.System);
        return await store.GetHistoryAsync(since: null);
    }

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d\] ", RegexOptions.Multiline)]
    private static partial Regex Timestamp();

    [Fact]
    public async Task A_whole_session_plays_one_line_per_step_and_is_recorded_completed()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(
            ["start", "--plain", "--accept-disclaimer", "--quiet", "--programme", RepoPaths.TestProgramme("tiny.yaml"), "--db", Db, "--pain-before", "5", "--pain-after", "3"],
            timeout: TimeSpan.FromSeconds(90));
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.DoesNotContain('\a', stdout);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var stepLines = lines.Where(l => Timestamp().IsMatch(l) && l.Contains(": ", StringComparison.Ordinal) && l.Contains(" · ", StringComparison.Ordinal)).ToList();
        // The tiny programme compiles to 12 steps before "done"; each gets its own timestamped line.
        Assert.Equal(12, stepLines.Count);
        Assert.Contains(stepLines, l => l.Contains("Quick squeeze · hold · rep 2/2 · set 1/1 · 1 s: Squeeze and hold.", StringComparison.Ordinal));
        Assert.Contains(stepLines, l => l.Contains("Slow tilt · switch side", StringComparison.Ordinal) && l.Contains("left side", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("outcome: completed", StringComparison.Ordinal));
        Assert.Contains("Pain 5 → 3 (−2)", stdout, StringComparison.Ordinal);
        Assert.Contains("Streak: 1 day", stdout, StringComparison.Ordinal);

        var session = Assert.Single((await HistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(5, session.PainBefore?.Value);
        Assert.Equal(3, session.PainAfter?.Value);
        Assert.Equal(
            [("quick-squeeze", Side.None, 2), ("slow-tilt", Side.Right, 2), ("slow-tilt", Side.Left, 2)],
            session.Stretches.Select(s => (s.StretchId, s.Side, s.RepsDone)).ToArray());
    }

    [Fact]
    public async Task Plain_output_to_a_pipe_runs_and_still_reads_keys_from_the_terminal()
    {
        // #13: `supple start --plain | tee s.log` in a terminal stopped after one line ("Failed to read input in
        // non-interactive mode"). Here util-linux `script` gives supple a terminal of its own on stdin while its
        // stdout goes into a pipe; the person presses h ("this hurts") before the first step.
        string[] supple = ["dotnet", RepoPaths.SuppleDll, "start", "--plain", "--accept-disclaimer", "--quiet",
            "--programme", RepoPaths.TestProgramme("tiny.yaml"), "--db", Db, "--pain-before", "5"];
        var command = string.Join(' ', supple.Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'")) + " | cat";
        using var process = SuppleProcess.StartProgram("script", ["-q", "-f", "-e", "-c", command, "/dev/null"], stdin: "h");
        await process.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.DoesNotContain("non-interactive", process.Stdout + process.Stderr, StringComparison.Ordinal);
        Assert.Contains("STOP: you said it hurts during quick-squeeze", process.Stdout, StringComparison.Ordinal);
        Assert.Contains("outcome: stopped-for-pain", process.Stdout, StringComparison.Ordinal);
        var session = Assert.Single((await HistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
    }

    [Fact]
    public async Task Killed_mid_session_keeps_the_finished_stretch_and_shows_as_abandoned()
    {
        using var process = SuppleProcess.Start(
            ["start", "--plain", "--accept-disclaimer", "--quiet", "--programme", RepoPaths.TestProgramme("tiny.yaml"), "--db", Db, "--pain-before", "4"]);
        // "saved:" is printed after the stretch's transaction committed.
        await process.WaitForOutputAsync("saved: quick-squeeze", TimeSpan.FromSeconds(60));
        process.Kill(); // SIGKILL: no clean-up, no finish
        await process.WaitForExitAsync(TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("outcome:", process.Stdout, StringComparison.Ordinal);

        var session = Assert.Single((await HistoryAsync()).Sessions);
        Assert.True(session.NeverFinished);
        Assert.Equal(SessionOutcome.Abandoned, session.Outcome);
        Assert.Equal(4, session.PainBefore?.Value);
        var record = Assert.Single(session.Stretches);
        Assert.Equal("quick-squeeze", record.StretchId);
        Assert.Equal(2, record.RepsDone);
        Assert.False(record.Skipped);

        // And as a script sees it.
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["history", "--json", "--db", Db]);
        Assert.True(exit == 0, stderr);
        var json = System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("sessions").EnumerateArray().Single();
        Assert.Equal("abandoned", json.GetProperty("outcome").GetString());
        Assert.True(json.GetProperty("neverFinished").GetBoolean());
        Assert.Equal(["quick-squeeze"], json.GetProperty("stretches").EnumerateArray().Select(r => r.GetProperty("stretch").GetString()!).ToArray());
    }

    [Fact]
    public async Task Plain_mode_needs_the_disclaimer_accepted()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(
            ["start", "--plain", "--programme", RepoPaths.TestProgramme("tiny.yaml"), "--db", Db]);
        Assert.Equal(2, exit);
        Assert.Contains("--accept-disclaimer", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("session:", stdout, StringComparison.Ordinal);
        Assert.Empty((await HistoryAsync()).Sessions);
    }

    [Fact]
    public async Task Acceptance_is_remembered_and_SUPPLE_DB_selects_the_store()
    {
        var env = new Dictionary<string, string?> { ["SUPPLE_DB"] = Db };
        var first = await SuppleProcess.RunAsync(["start", "--plain", "--accept-disclaimer", "--quiet", "--only", "quick-squeeze", "--programme", RepoPaths.TestProgramme("tiny.yaml")], env);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var second = await SuppleProcess.RunAsync(["start", "--plain", "--quiet", "--only", "quick-squeeze", "--programme", RepoPaths.TestProgramme("tiny.yaml")], env);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(2, (await HistoryAsync()).Sessions.Count);
    }
}
