using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.Faults;

/// <summary>
/// A PostgreSQL cluster of its own for one test (as scripts/test.sh makes one for the suite), so restarting it
/// disturbs no other test: initdb in a temp folder, a free loopback port, torn down with the test.
/// As root, initdb and pg_ctl run as the postgres user (initdb refuses root).
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private bool _started;

    private ThrowawayPostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=supple;Database=postgres;Timeout=5";

    private string Data => Path.Combine(_folder, "data");

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = FindBin();
        var folder = Directory.CreateTempSubdirectory("supple-faults-pg-").FullName;
        var cluster = new ThrowawayPostgres(bin, folder, FreePort());
        try
        {
            if (Environment.UserName == "root")
            {
                await RunAsync("chown", ["postgres:postgres", folder], TimeSpan.FromSeconds(10));
            }

            await cluster.PgAsync("initdb", ["-D", cluster.Data, "-A", "trust", "-U", "supple"], TimeSpan.FromSeconds(120));
            await cluster.PgAsync("pg_ctl", ["-D", cluster.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {cluster.Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"], TimeSpan.FromSeconds(90));
            cluster._started = true;
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A restart with the server down for <paramref name="down"/>: <c>pg_ctl stop -m fast</c> (every connection is
    /// closed), a pause (connections are refused), then <c>pg_ctl start</c>. Returns when the server takes connections.
    /// </summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await PgAsync("pg_ctl", ["-D", Data, "-m", "fast", "-w", "-t", "60", "stop"], TimeSpan.FromSeconds(90));
        await Task.Delay(down);
        await PgAsync("pg_ctl", ["-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"], TimeSpan.FromSeconds(90));
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            try
            {
                await PgAsync("pg_ctl", ["-D", Data, "-m", "immediate", "stop"], TimeSpan.FromSeconds(60));
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                // Already stopped; the folder goes anyway.
            }
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string FindBin()
    {
        if (Environment.GetEnvironmentVariable("SUPPLE_TEST_PG_BIN") is { Length: > 0 } fromScript && File.Exists(Path.Combine(fromScript, "initdb")))
        {
            return fromScript;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderBy(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).LastOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "No PostgreSQL found (SUPPLE_TEST_PG_BIN or /usr/lib/postgresql/*/bin/initdb): install Debian's postgresql to run the PostgreSQL fault test.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task PgAsync(string tool, string[] args, TimeSpan timeout) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args], timeout)
            : RunAsync(Path.Combine(_bin, tool), args, timeout);

    private static async Task RunAsync(string file, string[] args, TimeSpan timeout)
    {
        var (exit, output) = await ExternalProcess.RunAsync(file, args, timeout);
        if (exit != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({exit}): {output}");
        }
    }
}
