using System.Text;
using Microsoft.Data.Sqlite;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary>The terminal reproductions of issue #13, each on the real binary: a clear message, the right exit code, nothing changed.</summary>
public sealed class BadInputReproductionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-bad-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string Db => Path.Combine(_folder, "supple.db");

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        SuppleProcess.RunAsync([.. args], new Dictionary<string, string?> { ["SUPPLE_DB"] = Db, ["NO_COLOR"] = "1" });

    [Fact]
    public async Task History_days_abc_says_it_is_not_a_whole_number()
    {
        var (exit, _, stderr) = await RunAsync("history", "--days", "abc");

        Assert.Equal(2, exit);
        Assert.Contains("--days: 'abc' is not a whole number.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_to_a_folder_and_chart_into_a_missing_folder_are_usage_errors()
    {
        var export = await RunAsync("export", "--out", _folder);
        Assert.Equal(2, export.ExitCode);
        Assert.Contains($"--out {_folder} is a folder; give a file name", export.Stderr, StringComparison.Ordinal);

        var chart = await RunAsync("chart", "--out", "/missing/x.png");
        Assert.Equal(2, chart.ExitCode);
        Assert.Contains("--out /missing/x.png: the folder /missing does not exist.", chart.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Db), "nothing was opened or created");
    }

    [Fact]
    public async Task A_programme_folder_is_named_as_a_folder_not_access_denied()
    {
        var (exit, _, stderr) = await RunAsync("plan", "--programme", _folder);

        Assert.Equal(2, exit);
        Assert.Contains($"the programme file {_folder} is a folder, not a file.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Access", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_utf16_programme_file_is_read_as_text(bool byteOrderMark)
    {
        var text = await File.ReadAllTextAsync(RepoPaths.TestProgramme("tiny.yaml"));
        var path = Path.Combine(_folder, "tiny-utf16.yaml");
        await File.WriteAllBytesAsync(path, byteOrderMark ? [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)] : Encoding.Unicode.GetBytes(text));

        var (exit, stdout, stderr) = await RunAsync("stretches", "--programme", path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Quick squeeze", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan", "--only")]
    [InlineData("stats", "--db")]
    [InlineData("plan", "--programme")]
    public async Task An_empty_value_is_refused_rather_than_read_as_not_given(string command, string option)
    {
        var (exit, stdout, stderr) = await RunAsync(command, option, "");

        Assert.Equal(2, exit);
        Assert.Contains($"{option} needs a value", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public async Task A_db_that_is_a_folder_is_refused()
    {
        var (exit, _, stderr) = await RunAsync("stats", "--db", _folder);

        Assert.Equal(2, exit);
        Assert.Contains($"--db {_folder} is a folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_database_can_be_read_and_a_write_says_it_is_read_only()
    {
        Assert.Equal(0, (await RunAsync("pain", "3")).ExitCode);
        var immutable = MakeReadOnly(Db);
        try
        {
            var stats = await RunAsync("stats");
            Assert.True(stats.ExitCode == 0, stats.Stderr);

            var (exit, _, stderr) = await RunAsync("pain", "5");

            Assert.Equal(1, exit);
            Assert.Contains("is read-only, so nothing was saved", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("inner exception", stderr, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SQLite Error", stderr, StringComparison.Ordinal);
        }
        finally
        {
            if (immutable)
            {
                Chattr("-i", Db);
            }
        }

        var history = await RunAsync("history", "--json");
        Assert.DoesNotContain("\"score\": 5", history.Stdout, StringComparison.Ordinal);
    }

    // As root (CI) a file mode does not stop writes: the immutable attribute does; elsewhere the mode is enough.
    private static bool MakeReadOnly(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        return Environment.UserName == "root" && Chattr("+i", path);
    }

    private static bool Chattr(string flag, string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("chattr", [flag, path]) { UseShellExecute = false, RedirectStandardError = true });
        process!.WaitForExit(10_000);
        return process.ExitCode == 0;
    }

    [Fact]
    public async Task A_damaged_database_is_named_damaged_without_sqlites_report()
    {
        Assert.Equal(0, (await RunAsync("pain", "3")).ExitCode);
        var bytes = await File.ReadAllBytesAsync(Db);
        var padded = bytes.Length < 16 * 4096 ? [.. bytes, .. new byte[16 * 4096 - bytes.Length]] : bytes;
        for (var i = 4096; i < padded.Length; i += 5)
        {
            padded[i] = (byte)(i * 31);
        }

        await File.WriteAllBytesAsync(Db, padded);

        var (exit, _, stderr) = await RunAsync("stats");

        Assert.Equal(1, exit);
        Assert.Contains("is damaged", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("***", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", stderr, StringComparison.Ordinal);
    }
}
