using Microsoft.Data.Sqlite;

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

    public void Dispose()
    {
        // SQLite's pool would keep the file open past the test otherwise.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
