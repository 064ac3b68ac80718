using System.Diagnostics;
using System.Text;

namespace Supple.Cli.Tests.TestSupport;

/// <summary>Runs the real built <c>supple</c> (or another program) as a separate process, as a user or script would.</summary>
internal sealed class SuppleProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();

    private SuppleProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public string Stdout
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    public static SuppleProcess Start(IEnumerable<string> args, IDictionary<string, string?>? environment = null, string? stdin = null, string? workingDirectory = null) =>
        StartProgram("dotnet", [RepoPaths.SuppleDll, .. args], environment, stdin, workingDirectory);

    /// <summary>
    /// Runs <c>supple</c> in a terminal of its own (a pseudo-terminal made by util-linux <c>script</c>), as a person
    /// at a keyboard meets it: live screens, keys read one at a time. Send keys with <see cref="Keys"/>.
    /// </summary>
    public static SuppleProcess StartInTerminal(IEnumerable<string> args, IDictionary<string, string?>? environment = null) =>
        Start("dotnet", [RepoPaths.SuppleDll, .. args], environment, stdin: null, workingDirectory: null, terminal: true);

    /// <summary>Types <paramref name="keys"/> (only for <see cref="StartInTerminal"/>).</summary>
    public void Keys(string keys)
    {
        _process.StandardInput.Write(keys);
        _process.StandardInput.Flush();
    }

    /// <summary>Runs another <c>supple</c> (an installed one, say) the same way: <paramref name="program"/> with <paramref name="args"/>.</summary>
    public static SuppleProcess StartProgram(string program, IEnumerable<string> args, IDictionary<string, string?>? environment = null, string? stdin = null, string? workingDirectory = null) =>
        Start(program, args, environment, stdin, workingDirectory, terminal: false);

    private static readonly Lazy<string> DefaultDataHome = new(() => Directory.CreateTempSubdirectory("supple-test-data-home-").FullName);

    // A person's shell starts supple with Ctrl+C and SIGQUIT at their defaults, but a test run started in the
    // background (`scripts/test.sh &`, nohup, some CI runners) hands every child "ignore SIGINT", and .NET keeps a
    // signal ignored that was ignored when it started: a test sending SIGINT would then test nothing. coreutils' env
    // puts both back to their defaults and execs supple in place (same process id).
    private static readonly string[] DefaultSignals = File.Exists("/usr/bin/env") && OperatingSystem.IsLinux()
        ? ["/usr/bin/env", "--default-signal=INT,QUIT"]
        : [];

    private static SuppleProcess Start(string program, IEnumerable<string> args, IDictionary<string, string?>? environment, string? stdin, string? workingDirectory, bool terminal)
    {
        if (DefaultSignals.Length > 0)
        {
            args = [DefaultSignals[1], program, .. args];
            program = DefaultSignals[0];
        }

        var info = new ProcessStartInfo(terminal ? "script" : program)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (terminal)
        {
            // -q quiet, -f flush at once, -e the command's exit code, -c the command; no typescript file.
            var command = string.Join(' ', new[] { program }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
            foreach (var arg in new[] { "-q", "-f", "-e", "-c", command, "/dev/null" })
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["TERM"] = "xterm-256color";
        }
        else
        {
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment.Remove("SUPPLE_DB");
        // A test that names no database must never open the real person's (~/.local/share/supple): the default
        // database of every test process lives in a folder of this test run.
        info.Environment["XDG_DATA_HOME"] = DefaultDataHome.Value;

        // The language comes from the test, not from whoever runs it (LANG=de_DE would turn every test German).
        foreach (var variable in (string[])["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"])
        {
            info.Environment.Remove(variable);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var wrapper = new SuppleProcess(process);
        process.OutputDataReceived += (_, e) => wrapper.Append(wrapper._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => wrapper.Append(wrapper._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        if (!terminal)
        {
            process.StandardInput.Close();
        }

        return wrapper;
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>) and returns exit code, stdout and stderr.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        IEnumerable<string> args, IDictionary<string, string?>? environment = null, TimeSpan? timeout = null) =>
        RunProgramAsync("dotnet", [RepoPaths.SuppleDll, .. args], environment, timeout);

    /// <summary>Runs <paramref name="program"/> to the end (at most <paramref name="timeout"/>).</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunProgramAsync(
        string program, IEnumerable<string> args, IDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        using var p = StartProgram(program, args, environment);
        await p.WaitForExitAsync(timeout ?? TimeSpan.FromSeconds(60));
        return (p._process.ExitCode, p.Stdout, p.Stderr);
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"supple did not exit within {timeout}. stdout:\n{Stdout}\nstderr:\n{Stderr}");
        }

        // Let the asynchronous readers drain the last lines.
        _process.WaitForExit();
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Waits until stdout contains <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Stdout.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                // The process may have exited with its last lines still in the pipe: let the readers drain them.
                _process.WaitForExit();
                if (Stdout.Contains(text, StringComparison.Ordinal))
                {
                    return;
                }

                throw new TimeoutException($"'{text}' did not appear before supple exited ({_process.ExitCode}). stdout:\n{Stdout}\nstderr:\n{Stderr}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"'{text}' did not appear. stdout:\n{Stdout}\nstderr:\n{Stderr}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>SIGKILL: the process gets no chance to clean up.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            builder.AppendLine(line);
        }
    }
}
