using System.Text.Json;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.History;

/// <summary>The history commands of the real built <c>supple</c>, each test on its own SQLite file.</summary>
public sealed class HistoryCommandsProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-cli-history-").FullName;

    private string Db => Path.Combine(_folder, "supple.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunOnAsync(Db, args);

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunOnAsync(string db, params string[] args) =>
        SuppleProcess.RunAsync(args, new Dictionary<string, string?> { ["SUPPLE_DB"] = db, ["TZ"] = "Europe/London", ["NO_COLOR"] = "1" });

    private async Task<JsonElement> JsonAsync(params string[] args) => await JsonOnAsync(Db, args);

    private static async Task<JsonElement> JsonOnAsync(string db, params string[] args)
    {
        var (exit, stdout, stderr) = await RunOnAsync(db, args);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    [Theory]
    [InlineData("11", "out of range")]
    [InlineData("seven", "not a pain score")]
    [InlineData("4.5", "not a pain score")]
    public async Task Pain_out_of_range_or_not_a_number_exits_2_and_stores_nothing(string score, string message)
    {
        var (exit, _, stderr) = await RunAsync("pain", score);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Db), "the database was created for a refused entry");
    }

    [Fact]
    public async Task Pain_with_an_unknown_area_exits_2_naming_the_known_areas()
    {
        var (exit, _, stderr) = await RunAsync("pain", "4", "--area", "knee");
        Assert.Equal(2, exit);
        Assert.Contains("unknown area 'knee'", stderr, StringComparison.Ordinal);
        Assert.Contains("upper-back", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Pain_and_log_show_up_in_history_newest_first()
    {
        Assert.Equal(0, (await RunAsync("log", "--stretch", "cat-camel", "--stretch", "childs-pose", "--at", "yesterday 18:30", "--pain-before", "6", "--pain-after", "4", "--note", "with my physio")).ExitCode);
        Assert.Equal(0, (await RunAsync("pain", "3", "--area", "upper-back", "--note", "after work")).ExitCode);

        var history = await JsonAsync("history", "--json");
        var pain = Assert.Single(history.GetProperty("painEntries").EnumerateArray());
        Assert.Equal(3, pain.GetProperty("score").GetInt32());
        Assert.Equal("upper-back", pain.GetProperty("area").GetString());
        Assert.Equal("after work", pain.GetProperty("note").GetString());
        var session = Assert.Single(history.GetProperty("sessions").EnumerateArray());
        Assert.Equal("logged", session.GetProperty("source").GetString());
        Assert.Equal("completed", session.GetProperty("outcome").GetString());
        Assert.EndsWith("18:30:00+00:00", session.GetProperty("startedAt").GetString(), StringComparison.Ordinal);
        Assert.Equal(["cat-camel", "childs-pose"], session.GetProperty("stretches").EnumerateArray().Select(s => s.GetProperty("stretch").GetString()));
        Assert.Equal("with my physio", session.GetProperty("note").GetString());

        var recent = await JsonAsync("history", "--json", "--days", "1");
        Assert.Single(recent.GetProperty("painEntries").EnumerateArray());

        var (exit, table, _) = await RunAsync("history");
        Assert.Equal(0, exit);
        Assert.True(table.IndexOf("Pain", StringComparison.Ordinal) < table.IndexOf("Session", StringComparison.Ordinal), table);
        Assert.Contains("Cat-camel stretch: done", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_refuses_unknown_stretches_and_future_times()
    {
        var unknown = await RunAsync("log", "--stretch", "handstand");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown stretch 'handstand'", unknown.Stderr, StringComparison.Ordinal);
        var future = await RunAsync("log", "--at", "2999-01-01 10:00");
        Assert.Equal(2, future.ExitCode);
        Assert.Contains("in the future", future.Stderr, StringComparison.Ordinal);
        var nonsense = await RunAsync("log", "--at", "teatime");
        Assert.Equal(2, nonsense.ExitCode);
        Assert.Equal(0, (await JsonAsync("stats", "--json")).GetProperty("sessions").GetInt32());
    }

    [Fact]
    public async Task Stats_report_streak_completion_pain_and_per_stretch_counts()
    {
        await RunAsync("log", "--stretch", "cat-camel", "--at", "yesterday", "--pain-before", "6", "--pain-after", "3");
        await RunAsync("log", "--stretch", "cat-camel,seated-twist", "--pain-before", "5", "--pain-after", "4");
        var stats = await JsonAsync("stats", "--json");
        Assert.Equal(2, stats.GetProperty("currentStreak").GetInt32());
        Assert.Equal(2, stats.GetProperty("longestStreak").GetInt32());
        Assert.Equal(2, stats.GetProperty("daysLast7").GetInt32());
        Assert.Equal(1.0, stats.GetProperty("completionRate").GetDouble());
        Assert.Equal(5.5, stats.GetProperty("pain").GetProperty("averageBefore").GetDouble());
        Assert.Equal(3.5, stats.GetProperty("pain").GetProperty("averageAfter").GetDouble());
        Assert.Equal(-2.0, stats.GetProperty("pain").GetProperty("averageChange").GetDouble());
        var camel = stats.GetProperty("stretches").EnumerateArray().Single(s => s.GetProperty("stretch").GetString() == "cat-camel");
        Assert.Equal(2, camel.GetProperty("timesDone").GetInt32());

        var (exit, table, _) = await RunAsync("stats");
        Assert.Equal(0, exit);
        Assert.Contains("Current streak", table, StringComparison.Ordinal);
        Assert.Contains("2 days", table, StringComparison.Ordinal);
        Assert.Contains("2: 2 completed, 0 stopped because it hurt, 0 abandoned (completion 100%)", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_with_an_unknown_format_says_which_formats_there_are_in_one_line()
    {
        var (exit, stdout, stderr) = await RunAsync("export", "--format", "xml");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("supple: --format must be json, csv, fhir or ics (got 'xml').", stderr.Split('\n')[0].TrimEnd());
        Assert.DoesNotContain("Must be one of", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_with_no_sessions_says_none_yet_instead_of_a_row_of_zeros()
    {
        var (exit, table, stderr) = await RunAsync("stats");
        Assert.True(exit == 0, stderr);
        var sessions = table.Split('\n').Single(l => l.StartsWith("Sessions", StringComparison.Ordinal));
        Assert.EndsWith("none yet", sessions.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task Export_then_import_into_an_empty_database_gives_the_same_history_and_twice_adds_nothing(string format)
    {
        await RunAsync("log", "--stretch", "cat-camel", "--at", "yesterday 07:15", "--pain-before", "5", "--pain-after", "2", "--note", "a note, with \"quotes\"");
        await RunAsync("pain", "4", "--area", "neck");
        var file = Path.Combine(_folder, $"export.{format}");
        Assert.Equal(0, (await RunAsync("export", "--format", format, "--out", file)).ExitCode);

        var other = Path.Combine(_folder, "other.db");
        var first = await RunOnAsync(other, "import", file);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("Imported 1 session and 1 pain entry", first.Stdout, StringComparison.Ordinal);
        var second = await RunOnAsync(other, "import", file);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Imported 0 sessions and 0 pain entries", second.Stdout, StringComparison.Ordinal);

        var expected = (await JsonAsync("history", "--json")).GetRawText();
        var actual = (await JsonOnAsync(other, "history", "--json")).GetRawText();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_malformed_import_is_rejected_whole_naming_the_line()
    {
        await RunAsync("pain", "4");
        var file = Path.Combine(_folder, "export.csv");
        await RunAsync("export", "--format", "csv", "--out", file);
        var lines = (await File.ReadAllTextAsync(file)).Split("\r\n").ToList();
        lines.Add(lines[^2].Replace(",4,", ",12,", StringComparison.Ordinal).Replace(lines[^2].Split(',')[1], Guid.NewGuid().ToString(), StringComparison.Ordinal));
        lines.Add("pain,not-a-guid,,,,,,,,,,,,,,,,,,,,,,,,2026-01-01T00:00:00Z,3,"); // 28 columns: "partial" sits before "at"
        await File.WriteAllTextAsync(file, string.Join("\r\n", lines));

        var other = Path.Combine(_folder, "other.db");
        var (exit, _, stderr) = await RunOnAsync(other, "import", file);
        Assert.Equal(2, exit);
        Assert.Contains($"line {lines.Count}, field id", stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", stderr, StringComparison.Ordinal);
        Assert.Empty((await JsonOnAsync(other, "history", "--json")).GetProperty("painEntries").EnumerateArray());
    }

    [Fact]
    public async Task A_file_that_is_not_a_supple_database_is_refused_unchanged()
    {
        var notes = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(notes, "not a database");
        var (exit, _, stderr) = await RunOnAsync(notes, "stats");
        Assert.Equal(1, exit);
        Assert.Contains(notes, stderr, StringComparison.Ordinal);
        Assert.Contains("not a Supple database", stderr, StringComparison.Ordinal);
        Assert.Equal("not a database", await File.ReadAllTextAsync(notes));
    }

    [Fact]
    public async Task Chart_writes_a_png_and_an_svg_and_refuses_other_extensions()
    {
        await RunAsync("log", "--stretch", "cat-camel", "--at", "yesterday", "--pain-before", "6", "--pain-after", "3");
        await RunAsync("pain", "4");
        var png = Path.Combine(_folder, "chart.png");
        var (exit, stdout, stderr) = await RunAsync("chart", "--out", png, "--days", "30");
        Assert.True(exit == 0, stderr);
        Assert.Contains("Drew 1 session and 1 pain entry of the last 30 days", stdout, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 10_000);

        var svg = Path.Combine(_folder, "chart.svg");
        Assert.Equal(0, (await RunAsync("chart", "--out", svg)).ExitCode);
        var text = await File.ReadAllTextAsync(svg);
        Assert.Contains("<svg", text, StringComparison.Ordinal);
        Assert.Contains("Sessions per week", text, StringComparison.Ordinal);

        var bad = await RunAsync("chart", "--out", Path.Combine(_folder, "chart.gif"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains(".png or .svg", bad.Stderr, StringComparison.Ordinal);
    }
}
