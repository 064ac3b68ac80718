using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Safety;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary>
/// The numbered reproductions of issue #12 that a person met in the terminal, each replayed with the real
/// <c>supple</c> binary (a terminal of its own where keys were pressed). Reproduction 3 is the browser's
/// (<c>Supple.Web.Tests.Browser.PlayerTests</c>), 7 the desk breaks' (<see cref="Reminders.DeskBreakProcessTests"/>).
/// </summary>
public sealed class Issue12RegressionTests : IDisposable
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(90);

    private readonly string _folder = Directory.CreateTempSubdirectory("supple-issue12-").FullName;

    private string Db => Path.Combine(_folder, "supple.db");

    private static string Quick => Path.Combine(RepoPaths.Root, "tests", "Supple.Cli.Tests", "Faults", "quick.yaml");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// 1. A warning sign answered yes: afterwards <c>start</c>, <c>plan</c> and <c>calendar</c> offered the full
    /// routine, and the outcome was stored nowhere.
    /// </summary>
    [Fact]
    public async Task Regression_1_after_a_warning_sign_no_command_offers_a_routine_until_a_doctor_clears_it()
    {
        var assess = await RunAsync("assess", "--answers", AnswersFile(redFlag: "fever"), "--db", Db);
        Assert.True(assess.Exit == 0, assess.Err);
        Assert.Contains("No routine is offered", assess.Out, StringComparison.Ordinal);

        // Stored: a new process sees it.
        string[][] doors =
        [
            ["start", "--plain", "--accept-disclaimer", "--quiet", "--db", Db],
            ["start", "--plain", "--accept-disclaimer", "--quiet", "--level", "full", "--pain-before", "9", "--db", Db],
            ["plan", "--db", Db],
            ["calendar", "--out", Path.Combine(_folder, "supple.ics"), "--db", Db],
        ];
        foreach (var door in doors)
        {
            var refused = await RunAsync(door);
            var what = string.Join(' ', door);
            Assert.True(refused.Exit == 3, $"{what}: exit {refused.Exit}\n{refused.Out}\n{refused.Err}");
            Assert.DoesNotContain("session:", refused.Out, StringComparison.Ordinal);
            Assert.Contains(SafetyMessages.SeeDoctorToday, refused.Err, StringComparison.Ordinal);
            Assert.Contains(SafetyMessages.HowTheGateOpens, refused.Err, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(_folder, "supple.ics")), "a calendar file was written while the gate is closed");

        // Logging a session done with a clinician stays possible.
        var log = await RunAsync("log", "--db", Db);
        Assert.True(log.Exit == 0, log.Out + log.Err);

        // A dated acknowledgement that a doctor has cleared them opens the gate.
        var cleared = await RunAsync("assess", "--cleared-by-doctor", "today", "--db", Db);
        Assert.True(cleared.Exit == 0, cleared.Out + cleared.Err);
        var plan = await RunAsync("plan", "--db", Db);
        Assert.True(plan.Exit == 0, plan.Out + plan.Err);
    }

    /// <summary>
    /// 2. Pain 9 before a session still gave a full-level session, and paused stretches played through
    /// <c>--only</c> and <c>--level</c>.
    /// </summary>
    [Fact]
    public async Task Regression_2_pain_9_makes_any_session_gentle_and_a_paused_stretch_is_not_played_through_only_or_level()
    {
        var high = await RunAsync("start", "--plain", "--accept-disclaimer", "--quiet", "--programme", Quick, "--level", "full", "--pain-before", "9", "--pain-after", "8", "--db", Db);
        Assert.True(high.Exit == 0, high.Out + high.Err);
        Assert.Contains("advice: Your pain is high today. You rated your pain 9 out of 10.", high.Out, StringComparison.Ordinal);
        Assert.Contains("session: 3 stretches, gentle,", high.Out, StringComparison.Ordinal);

        // The shoulder blade squeeze hurt in two sessions this week ("h" in the terminal): it is paused.
        for (var i = 0; i < 2; i++)
        {
            await HurtDuringGetIntoPositionAsync("shoulder-blade-squeeze");
        }

        var alone = await RunAsync("start", "--plain", "--accept-disclaimer", "--quiet", "--only", "shoulder-blade-squeeze", "--db", Db);
        Assert.True(alone.Exit == 3, $"exit {alone.Exit}\n{alone.Out}{alone.Err}");
        Assert.DoesNotContain("session:", alone.Out, StringComparison.Ordinal);
        Assert.Contains("paused", alone.Err, StringComparison.Ordinal);

        await AssertSessionLineAsync(["--only", "shoulder-blade-squeeze,chest-opener"], "session: 1 stretch, standard,");
        await AssertSessionLineAsync(["--level", "full", "--pain-before", "9"], "session: 6 stretches, gentle,");
    }

    /// <summary>Starts a plain session, checks its first line and the paused advice, and stops it there.</summary>
    private async Task AssertSessionLineAsync(string[] options, string sessionLine)
    {
        using var start = SuppleProcess.Start(["start", "--plain", "--accept-disclaimer", "--quiet", .. options, "--db", Db]);
        await start.WaitForOutputAsync("] session: ", Slow);
        await start.WaitForOutputAsync(" · get into position", Slow);
        start.Kill();
        await start.WaitForExitAsync(TimeSpan.FromSeconds(15));
        Assert.Contains(sessionLine, start.Stdout, StringComparison.Ordinal);
        Assert.Contains("advice: Shoulder blade squeeze is paused.", start.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Shoulder blade squeeze ·", start.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Plays <paramref name="stretch"/> alone in a terminal and presses h during "get into position".</summary>
    private async Task<string> HurtDuringGetIntoPositionAsync(string stretch)
    {
        using var start = SuppleProcess.StartInTerminal(["start", "--only", stretch, "--accept-disclaimer", "--quiet", "--db", Db]);
        await start.WaitForOutputAsync("hurt right now?", Slow);
        start.Keys("\r");
        await start.WaitForOutputAsync("GET INTO POSITION", Slow);
        start.Keys("h");
        await start.WaitForOutputAsync("excruciatingly painful", TimeSpan.FromSeconds(30));
        await start.WaitForOutputAsync("after the session", TimeSpan.FromSeconds(30));
        start.Keys("\r");
        await start.WaitForExitAsync(Slow);
        return start.Stdout;
    }

    /// <summary>
    /// 4. <c>supple start --only childs-pose</c>, q then y during "get into position": the record said 0 reps, 0 sets,
    /// history showed it done, stats counted it and the streak grew.
    /// </summary>
    [Fact]
    public async Task Regression_4_quit_during_get_into_position_keeps_a_cut_short_record_and_no_practised_day()
    {
        using (var start = SuppleProcess.StartInTerminal(["start", "--only", "childs-pose", "--accept-disclaimer", "--quiet", "--db", Db]))
        {
            await start.WaitForOutputAsync("hurt right now?", Slow);
            start.Keys("\r");
            await start.WaitForOutputAsync("GET INTO POSITION", Slow);
            start.Keys("q");
            await start.WaitForOutputAsync("Quit this session?", TimeSpan.FromSeconds(30));
            start.Keys("y");
            await start.WaitForOutputAsync("after the session", TimeSpan.FromSeconds(30));
            start.Keys("\r");
            await start.WaitForExitAsync(Slow);
            Assert.DoesNotContain("Streak: 1 day", start.Stdout, StringComparison.Ordinal);
            Assert.Contains("cut short", start.Stdout, StringComparison.Ordinal);
        }

        await AssertCutShortAsync("childs-pose", "abandoned");
    }

    /// <summary>4. Ctrl+C and SIGTERM did the same as q: a done record and a practised day.</summary>
    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task Regression_4_a_signal_during_a_stretch_keeps_a_cut_short_record_and_no_practised_day(string signal, int exitCode)
    {
        using (var start = SuppleProcess.Start(["start", "--plain", "--accept-disclaimer", "--quiet", "--only", "childs-pose", "--db", Db]))
        {
            await start.WaitForOutputAsync("Child's pose · get into position", Slow);
            using (var kill = Process.Start("kill", ["-" + signal, start.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await start.WaitForExitAsync(Slow);
            Assert.True(start.ExitCode == exitCode, $"exit {start.ExitCode}\n{start.Stdout}\n{start.Stderr}");
            Assert.DoesNotContain("Streak: 1 day", start.Stdout, StringComparison.Ordinal);
        }

        await AssertCutShortAsync("childs-pose", "abandoned");
    }

    /// <summary>4. After h ("this hurts") the summary ended with "Streak: 1 day. Come back tomorrow…".</summary>
    [Fact]
    public async Task Regression_4_a_session_stopped_for_pain_is_never_cheered()
    {
        var screen = await HurtDuringGetIntoPositionAsync("childs-pose");
        Assert.DoesNotContain("Streak:", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Come back tomorrow", screen, StringComparison.Ordinal);

        var (session, record) = await AssertCutShortAsync("childs-pose", "stopped-for-pain");
        Assert.True((bool)record["hurt"]!);
        Assert.Equal("childs-pose", (string?)session["hurt"]!["stretch"]);
    }

    /// <summary>
    /// 5. "done: end of the session" was printed before the last stretch was saved: a kill -9 just after lost it.
    /// </summary>
    [Fact]
    public async Task Regression_5_the_last_stretch_is_saved_before_done_is_shown()
    {
        for (var run = 0; run < 2; run++)
        {
            using var start = SuppleProcess.Start(["start", "--plain", "--accept-disclaimer", "--quiet", "--programme", Quick, "--db", Db]);
            await start.WaitForOutputAsync("done: end of the session", Slow);
            start.Kill();
            await start.WaitForExitAsync(TimeSpan.FromSeconds(15));
            var done = start.Stdout.IndexOf("done: end of the session", StringComparison.Ordinal);
            var saved = start.Stdout.IndexOf("saved: last-squeeze", StringComparison.Ordinal);
            Assert.True(saved >= 0 && saved < done, start.Stdout);
        }

        var history = await HistoryAsync();
        Assert.Equal(2, history.Count);
        Assert.All(history, s => Assert.Contains(s!["stretches"]!.AsArray(), r => (string?)r!["stretch"] == "last-squeeze" && (int)r["repsDone"]! == 1 && !(bool)r["partial"]!));
    }

    /// <summary>
    /// 6. Pain readings of 6 falling to 4 over 14 days showed as "down 5.0 points over 30 days", and neck entries fed
    /// the upper-back trend.
    /// </summary>
    [Fact]
    public async Task Regression_6_the_trend_describes_upper_back_readings_over_the_days_that_have_data()
    {
        var now = DateTimeOffset.UtcNow;
        int[] scores = [6, 6, 5, 5, 4, 4, 4, 4];
        for (var i = 0; i < scores.Length; i++)
        {
            var at = now.AddDays(-14 + (i * 2)).AddHours(-2);
            var pain = await RunAsync("pain", scores[i].ToString(CultureInfo.InvariantCulture), "--at", at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), "--db", Db);
            Assert.True(pain.Exit == 0, pain.Out + pain.Err);

            // A neck reading each time, far higher: it must not move the upper-back trend.
            var neck = await RunAsync("pain", "10", "--area", "neck", "--at", at.AddHours(1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), "--db", Db);
            Assert.True(neck.Exit == 0, neck.Out + neck.Err);
        }

        var stats = await RunAsync("stats", "--json", "--db", Db);
        Assert.True(stats.Exit == 0, stats.Err);
        var trend = JsonNode.Parse(stats.Out)!["trend"]!;
        Assert.Equal(8, (int)trend["readings"]!);
        Assert.Equal("improving", (string?)trend["direction"]);

        // Worked out by hand: least squares over days 0, 2, …, 14 of 6, 6, 5, 5, 4, 4, 4, 4 (mean 4.75) gives
        // Sxy = −28 and Sxx = 168, a slope of −1/6 a day: the line falls 14/6 ≈ 2.3 points over the 14 days the
        // readings span (not 5 points over 30 days).
        Assert.Equal(14.0, (double)trend["spanDays"]!, 1);
        Assert.Equal(-7.0 / 3, (double)trend["changeOverSpan"]!, 2);
        Assert.Equal("improving: down 2.3 points over 14 days", (string?)trend["words"]);

        // Too few readings: it says so rather than extrapolate.
        var fresh = Path.Combine(_folder, "fresh.db");
        Assert.Equal(0, (await RunAsync("pain", "5", "--db", fresh)).Exit);
        var few = JsonNode.Parse((await RunAsync("stats", "--json", "--db", fresh)).Out)!["trend"]!;
        Assert.Equal("not-enough-data", (string?)few["direction"]);
        Assert.Contains("not enough", (string?)few["words"], StringComparison.Ordinal);
    }

    private async Task<(JsonNode Session, JsonNode Record)> AssertCutShortAsync(string stretch, string outcome)
    {
        var session = Assert.Single(await HistoryAsync())!;
        Assert.Equal(outcome, (string?)session["outcome"]);
        var record = Assert.Single(session["stretches"]!.AsArray())!;
        Assert.Equal(stretch, (string?)record["stretch"]);
        Assert.True((bool)record["partial"]!);

        var stats = await RunAsync("stats", "--json", "--db", Db);
        using var json = JsonDocument.Parse(stats.Out);
        Assert.Equal(0, json.RootElement.GetProperty("currentStreak").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("daysLast7").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("stretches").EnumerateArray().Sum(s => s.GetProperty("timesDone").GetInt32()));

        var history = await RunAsync("history", "--db", Db);
        Assert.Contains("cut short", history.Out, StringComparison.Ordinal);
        return (session, record);
    }

    private async Task<JsonArray> HistoryAsync()
    {
        var history = await RunAsync("history", "--json", "--db", Db);
        Assert.True(history.Exit == 0, history.Err);
        return JsonNode.Parse(history.Out)!["sessions"]!.AsArray();
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(args, new Dictionary<string, string?> { ["TZ"] = "Etc/UTC" }, Slow);
        return (exit, stdout, stderr);
    }

    private string AnswersFile(string? redFlag) => TestSupport.AnswersFile.Write(_folder, redFlag);
}
