using Microsoft.Data.Sqlite;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.TestSupport;

/// <summary>
/// What a test of the real <c>supple</c> process needs around it: a folder of its own (deleted at the end), a
/// database file in it, and the environment the process runs in (that database, Berlin time, no colour, and the
/// terminal width if one is given), so every run reads and writes only this test's data.
/// </summary>
internal sealed class ProcessTestFolder : IDisposable
{
    private readonly int? _columns;

    /// <param name="prefix">The start of the temp folder's name, to tell the tests' leftovers apart.</param>
    /// <param name="columns">The terminal width to give the process (<c>COLUMNS</c>); none when null.</param>
    public ProcessTestFolder(string prefix, int? columns = null)
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
        _columns = columns;
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The SQLite file the process uses (<c>SUPPLE_DB</c>).</summary>
    public string Db => File("supple.db");

    /// <summary>A file named <paramref name="name"/> in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A new copy of the environment the process runs in (add to it freely).</summary>
    public Dictionary<string, string?> Environment
    {
        get
        {
            var environment = new Dictionary<string, string?>
            {
                ["SUPPLE_DB"] = Db,
                ["TZ"] = "Europe/Berlin",
                ["NO_COLOR"] = "1",
            };
            if (_columns is { } columns)
            {
                environment["COLUMNS"] = columns.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return environment;
        }
    }

    /// <summary>Runs the real <c>supple</c> with <paramref name="args"/> in this environment, to the end.</summary>
    public Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IEnumerable<string> args) =>
        SuppleProcess.RunAsync(args, Environment);

    /// <summary>
    /// Runs <paramref name="args"/> in German, in English and under the pseudo-locale: refused each time (exit 2), stderr
    /// starting with <paramref name="german"/> and with <paramref name="english"/>, and under the pseudo-locale every
    /// line of stderr with no plain English word once <paramref name="withoutVerbatim"/> has taken out what is typed as is.
    /// </summary>
    public async Task AssertRefusedInEachLanguageAsync(string[] args, string german, string english, Func<string, string> withoutVerbatim)
    {
        var de = await RunAsync(["--lang", "de", .. args]);
        Assert.Equal(2, de.ExitCode);
        Assert.StartsWith(german, de.Stderr, StringComparison.Ordinal);

        var en = await RunAsync(["--lang", "en", .. args]);
        Assert.Equal(2, en.ExitCode);
        Assert.StartsWith(english, en.Stderr, StringComparison.Ordinal);

        var pseudo = await RunAsync(["--lang", PseudoLocale.Name, .. args]);
        Assert.Equal(2, pseudo.ExitCode);
        var lines = pseudo.Stderr.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(withoutVerbatim(line)), $"not translated: {line}"));
    }

    public void Dispose()
    {
        // SQLite's pool would keep the file open past the test otherwise.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
