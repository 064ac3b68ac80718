using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Supple.Web.Tests.Serve;

/// <summary>
/// A real <c>supple serve</c> process (the built <c>supple.dll</c>) on a test folder: its output lines as they come,
/// a wait for a line, and a clean stop (SIGTERM) when disposed. HOME and XDG_DATA_HOME point into the folder, so
/// nothing of the machine's own Supple is touched.
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly List<string> _output = [];
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Found)> _waits = [];

    private ServeProcess(Process process)
    {
        Process = process;
        process.OutputDataReceived += (_, e) => Received(e.Data);
        process.BeginOutputReadLine();
    }

    public Process Process { get; }

    public static string SuppleDll =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory.Replace(
            Path.Combine("tests", "Supple.Web.Tests"), Path.Combine("src", "Supple.Cli"), StringComparison.Ordinal), "supple.dll"));

    /// <summary>Everything written to stdout so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts <c>supple</c> with <paramref name="args"/>; <paramref name="environment"/> adds variables.</summary>
    public static ServeProcess Start(string folder, IReadOnlyDictionary<string, string>? environment, params string[] args) => new(StartProcess(folder, environment, args));

    /// <summary>The process itself, stdout not read (for tests of a start that fails).</summary>
    public static Process StartProcess(string folder, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        Assert.True(File.Exists(SuppleDll), $"{SuppleDll} is missing: build src/Supple.Cli first.");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(SuppleDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["SUPPLE_DB"] = Path.Combine(folder, "never-used.db");
        info.Environment["HOME"] = folder;
        info.Environment["XDG_DATA_HOME"] = folder;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("supple did not start.");
    }

    /// <summary>The first output line (past or future) that matches <paramref name="pattern"/>.</summary>
    public Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            foreach (var line in _output)
            {
                if (pattern.Match(line) is { Success: true } match)
                {
                    return Task.FromResult(match);
                }
            }

            _waits.Add((pattern, found));
        }

        return found.Task.WaitAsync(timeout);
    }

    /// <summary>Stops it as a service manager would (SIGTERM) and waits; the exit code, or null when it had to be killed.</summary>
    public async Task<int?> StopAsync()
    {
        if (Process.HasExited)
        {
            return Process.ExitCode;
        }

        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        try
        {
            await Process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            return Process.ExitCode;
        }
        catch (TimeoutException)
        {
            Process.Kill(entireProcessTree: true);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            foreach (var wait in _waits.ToList())
            {
                if (wait.Pattern.Match(line) is { Success: true } match)
                {
                    wait.Found.TrySetResult(match);
                    _waits.Remove(wait);
                }
            }
        }
    }
}
