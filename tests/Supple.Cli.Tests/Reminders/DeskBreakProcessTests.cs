using System.Text.Json;
using System.Text.Json.Nodes;
using Supple.Breaks;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Safety;

namespace Supple.Cli.Tests.Reminders;

/// <summary>
/// <c>supple breaks</c> under the same rules as a session, as the real binary in a terminal: the disclaimer and the
/// safety gate are checked first, "h" during a break stops it with the stop rule, and each break is recorded like any
/// session, so a hurt during a break pauses that stretch.
/// </summary>
public sealed class DeskBreakProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-deskbreak-").FullName;

    private string Db => Path.Combine(_folder, "supple.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static Dictionary<string, string?> Host(bool native) =>
        native ? [] : new Dictionary<string, string?> { [BreakHandOff.InProcessVariable] = "1" };

    /// <summary>
    /// Reproduction 7 of issue #12, as the person met it: a desk break had no "this hurts" key, no stop rule, no
    /// disclaimer check, and was never recorded, so a hurt during a break never counted.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Regression_7_a_stretch_that_hurts_during_a_desk_break_stops_it_is_recorded_and_paused(bool native)
    {
        // The disclaimer is asked for first.
        var (refusedExit, refusedOut, refusedErr) = await SuppleProcess.RunAsync(["breaks", "--plain", "--db", Db], Host(native), TimeSpan.FromSeconds(90));
        Assert.True(refusedExit == 3, $"exit {refusedExit}\n{refusedOut}\n{refusedErr}");
        Assert.Contains(SafetyMessages.DisclaimerFirst, refusedErr, StringComparison.Ordinal);
        Assert.Contains("--accept-disclaimer", refusedErr, StringComparison.Ordinal);

        // A stretch that hurts in two breaks: "h" stops each at once, says the stop rule, and saves the hurt.
        for (var time = 0; time < 2; time++)
        {
            using var breaks = SuppleProcess.StartInTerminal(["breaks", "--accept-disclaimer", "--db", Db], Host(native));
            await breaks.WaitForOutputAsync("h this hurts", TimeSpan.FromSeconds(90));
            await breaks.WaitForOutputAsync("next break at", TimeSpan.FromSeconds(30));
            breaks.Keys("b");
            await breaks.WaitForOutputAsync("Shoulder blade squeeze · get-into-position", TimeSpan.FromSeconds(30));
            breaks.Keys("h");
            await breaks.WaitForExitAsync(TimeSpan.FromSeconds(90));

            Assert.True(breaks.ExitCode == 0, breaks.Stdout + breaks.Stderr);
            Assert.Contains("stopped: you said it hurts. " + SafetyMessages.DeskBreaksStoppedForPain, breaks.Stdout, StringComparison.Ordinal);
            Assert.Contains("excruciatingly painful", breaks.Stdout, StringComparison.Ordinal);
            Assert.Contains("saved: the break, and that a stretch hurt", breaks.Stdout, StringComparison.Ordinal);
        }

        // Recorded like any session: a desk break, stopped for pain, the stretch cut short (never done) and hurt.
        var (historyExit, historyJson, historyErr) = await SuppleProcess.RunAsync(["history", "--json", "--db", Db], timeout: TimeSpan.FromSeconds(90));
        Assert.True(historyExit == 0, historyErr);
        var sessions = JsonNode.Parse(historyJson)!["sessions"]!.AsArray();
        Assert.Equal(2, sessions.Count);
        var session = sessions[0]!;
        Assert.Equal("desk-break", (string?)session["source"]);
        Assert.Equal("stopped-for-pain", (string?)session["outcome"]);
        Assert.Equal("shoulder-blade-squeeze", (string?)session["hurt"]!["stretch"]);
        var record = Assert.Single(session["stretches"]!.AsArray())!;
        Assert.True((bool)record["hurt"]!);
        Assert.True((bool)record["partial"]!);
        var (statsExit, statsJson, _) = await SuppleProcess.RunAsync(["stats", "--json", "--db", Db], timeout: TimeSpan.FromSeconds(90));
        Assert.Equal(0, statsExit);
        using (var stats = JsonDocument.Parse(statsJson))
        {
            Assert.Equal(0, stats.RootElement.GetProperty("currentStreak").GetInt32());
        }

        // So the pause rule sees them: the next desk breaks leave the stretch out.
        using var next = SuppleProcess.Start(["breaks", "--plain", "--for", "1h", "--db", Db], Host(native));
        await next.WaitForOutputAsync("next break at", TimeSpan.FromSeconds(90));
        Assert.Contains("each break: Chest opener stretch, Upper trapezius stretch (", next.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Shoulder blade squeeze", next.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Desk_breaks_are_refused_while_a_see_a_doctor_first_outcome_stands()
    {
        var answers = AnswersFile(redFlag: "fever");
        Assert.Equal(0, (await SuppleProcess.RunAsync(["assess", "--answers", answers, "--db", Db], timeout: TimeSpan.FromSeconds(90))).ExitCode);

        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["breaks", "--plain", "--accept-disclaimer", "--db", Db], timeout: TimeSpan.FromSeconds(90));

        Assert.True(exit == 3, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Equal("", stdout);
        Assert.Contains(SafetyMessages.SeeDoctorToday, stderr, StringComparison.Ordinal);
        Assert.Contains(SafetyMessages.HowTheGateOpens, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breaks_record_saves_a_break_handed_over_on_standard_input_once()
    {
        var id = Guid.NewGuid();
        var request = $$"""
            {"db":"{{Db}}","programmeFile":null,"routine":[{"stretchId":"shoulder-blade-squeeze","level":"gentle"},{"stretchId":"chest-opener","level":"gentle"}],
             "breakId":"{{id}}","startedAt":"2026-11-26T10:00:00+00:00","elapsedMilliseconds":150000,"end":"played"}
            """;
        for (var i = 0; i < 2; i++)
        {
            using var record = SuppleProcess.Start(["breaks", "--record"], stdin: request);
            await record.WaitForExitAsync(TimeSpan.FromSeconds(90));
            Assert.True(record.ExitCode == 0, record.Stderr);
        }

        var (_, historyJson, _) = await SuppleProcess.RunAsync(["history", "--json", "--days", "3650", "--db", Db], timeout: TimeSpan.FromSeconds(90));
        var session = Assert.Single(JsonNode.Parse(historyJson)!["sessions"]!.AsArray())!;
        Assert.Equal("desk-break", (string?)session["source"]);
        Assert.Equal("completed", (string?)session["outcome"]);
        Assert.All(session["stretches"]!.AsArray(), r => Assert.False((bool)r!["partial"]!));
    }

    private string AnswersFile(string? redFlag) => TestSupport.AnswersFile.Write(_folder, redFlag);
}
