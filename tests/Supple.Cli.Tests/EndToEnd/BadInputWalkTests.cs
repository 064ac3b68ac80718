using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Supple.Cli.Tests.Faults;
using Supple.Cli.Tests.TestSupport;
using Xunit.Abstractions;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary>
/// Walks every command of the real <c>supple</c> — listed from its own <c>--help</c>, so a new command or option is
/// covered without editing this test — with bad arguments and bad files: each value-taking option given an empty
/// value, a word, a negative number, a folder, a missing path and a binary file; each argument those and broken
/// files (UTF-16 garbage, empty, an export with values of the wrong type); every command with <c>--db</c> given a folder, a damaged database, a read-only
/// one, a file that is no database and an empty value. Whatever it prints must be for a person: no .NET type name,
/// no exception, no "inner exception", no SQLite error code, no stack trace, and it must end as Supple ends (0, 1, 2,
/// 3 for a safety rule's refusal, 130), never crash.
/// </summary>
[Collection(FaultProcessCollection.Name)]
public sealed partial class BadInputWalkTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(10);

    private readonly string _folder = Directory.CreateTempSubdirectory("supple-walk-").FullName;
    private readonly List<string> _immutable = [];

    public void Dispose()
    {
        foreach (var path in _immutable)
        {
            Chattr("-i", path);
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Every_command_refuses_bad_arguments_and_files_in_a_persons_words()
    {
        var commands = await CommandsAsync();
        Assert.True(commands.Count >= 17, "commands found: " + string.Join(", ", commands.Select(c => c.Name)));
        var files = await BadFilesAsync();
        var databases = await BadDatabasesAsync();

        var runs = new List<string[]>();
        foreach (var command in commands)
        {
            runs.Add([command.Name, "--no-such-option"]);
            foreach (var option in command.ValueOptions.Where(o => o != "--db"))
            {
                foreach (var value in (string[])["", "abc", "-1", _folder, "/missing/folder/x.txt", files[0]])
                {
                    runs.Add([command.Name, option, value, "--db", Path.Combine(_folder, "ok.db")]);
                }
            }

            foreach (var _ in command.Arguments)
            {
                foreach (var value in (string[])["", "abc", "-1", _folder, "/missing/folder/x.txt", .. files])
                {
                    runs.Add([command.Name, value]);
                }
            }

            if (command.ValueOptions.Contains("--db"))
            {
                foreach (var database in (string[])["", _folder, .. databases])
                {
                    runs.Add(command.Arguments.Count > 0 ? [command.Name, ArgumentFor(command.Name), "--db", database] : [command.Name, "--db", database]);
                }
            }
        }

        var failures = new ConcurrentBag<string>();
        var exits = new ConcurrentDictionary<int, int>();
        using var gate = new SemaphoreSlim(4);
        await Task.WhenAll(runs.Select(async args =>
        {
            await gate.WaitAsync();
            try
            {
                var (exit, text) = await RunAsync(args);
                exits.AddOrUpdate(exit, 1, (_, n) => n + 1);
                var shown = "supple " + string.Join(' ', args.Select(a => a.Length == 0 ? "''" : a));
                if (DeveloperText().Match(text) is { Success: true } match)
                {
                    failures.Add($"{shown} → {exit}: shows '{match.Value}':\n{text.Trim()}");
                }
                else if (exit is not (0 or 1 or 2 or 3 or 130 or -1))
                {
                    failures.Add($"{shown} → exit {exit}:\n{text.Trim()}");
                }
            }
            finally
            {
                gate.Release();
            }
        }));

        output.WriteLine($"{runs.Count} runs of {commands.Count} commands; exit codes: {string.Join(", ", exits.OrderBy(e => e.Key).Select(e => $"{e.Value}× {e.Key}"))}");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {runs.Count} runs showed developer text:\n\n" + string.Join("\n\n", failures.Take(15)));
        Assert.True(exits.GetValueOrDefault(2) > runs.Count / 2, "most of these inputs are bad and must be refused with exit code 2");
    }

    /// <summary>A valid value for a command's argument, so its --db is what is wrong.</summary>
    private static string ArgumentFor(string command) => command switch
    {
        "show" => "cat-camel",
        "pain" => "3",
        _ => "x",
    };

    private async Task<(int Exit, string Text)> RunAsync(string[] args)
    {
        using var process = SuppleProcess.Start(args, new Dictionary<string, string?>
        {
            ["SUPPLE_DB"] = Path.Combine(_folder, "default.db"),
            ["XDG_DATA_HOME"] = _folder,
            ["HOME"] = _folder,
            ["NO_COLOR"] = "1",
        }, workingDirectory: _folder);
        try
        {
            await process.WaitForExitAsync(RunTimeout);
            return (process.ExitCode, process.Stdout + process.Stderr);
        }
        catch (TimeoutException)
        {
            // A command that waits (a server, desk breaks) was given input good enough to start: nothing to judge.
            return (-1, process.Stdout + process.Stderr);
        }
    }

    /// <summary>Every command and its options and arguments, from the real binary's help.</summary>
    private static async Task<List<CommandShape>> CommandsAsync()
    {
        var (_, help, _) = await SuppleProcess.RunAsync(["--help"]);
        var names = Section(help, "Commands:").Select(line => line.Split(' ', 2)[0]).ToList();
        var commands = new List<CommandShape>();
        foreach (var name in names)
        {
            var (_, text, _) = await SuppleProcess.RunAsync([name, "--help"]);
            var options = Section(text, "Options:").Where(l => l.StartsWith("--", StringComparison.Ordinal) && l.Split("  ", 2)[0].Contains('<', StringComparison.Ordinal))
                .Select(l => l.Split(' ', 2)[0]).ToList();
            var arguments = Section(text, "Arguments:").Select(l => l.Split(' ', 2)[0]).ToList();
            commands.Add(new CommandShape(name, options, arguments));
        }

        return commands;
    }

    private static IEnumerable<string> Section(string help, string title)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var start = Array.IndexOf(lines, title);
        return start < 0 ? [] : lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim());
    }

    private async Task<string[]> BadFilesAsync()
    {
        var binary = Path.Combine(_folder, "binary.bin");
        await File.WriteAllBytesAsync(binary, [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 256))]);
        var utf16 = Path.Combine(_folder, "garbage-utf16.yaml");
        await File.WriteAllTextAsync(utf16, "stretches: [ {{ id: ??? \u0000 \uFFFD ]]\n", Encoding.Unicode);
        var empty = Path.Combine(_folder, "empty.json");
        await File.WriteAllTextAsync(empty, "");
        var json = Path.Combine(_folder, "wrong.json");
        await File.WriteAllTextAsync(json, "{\"format\":\"supple-history\",\"version\":\"one\",\"sessions\":[{\"startedAt\":5}]}");
        return [binary, utf16, empty, json];
    }

    /// <summary>A damaged database (pages scribbled over), a read-only one, and a text file posing as one.</summary>
    private async Task<string[]> BadDatabasesAsync()
    {
        var good = Path.Combine(_folder, "good.db");
        var history = new JsonObject
        {
            ["format"] = "supple-history",
            ["version"] = 1,
            ["exportedAt"] = "2026-11-01T00:00:00Z",
            ["timeZone"] = "Europe/London",
            ["sessions"] = new JsonArray(),
            ["painEntries"] = new JsonArray([.. Enumerable.Range(0, 300).Select(i => (JsonNode)new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["at"] = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).AddHours(i).ToString("O"),
                ["score"] = i % 11,
                ["area"] = null,
                ["note"] = new string('n', 300),
            })]),
        };
        var import = Path.Combine(_folder, "filler.json");
        await File.WriteAllTextAsync(import, history.ToJsonString());
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["import", import, "--db", good]);
        Assert.True(exit == 0, stdout + stderr);

        var damaged = Path.Combine(_folder, "damaged.db");
        var bytes = await File.ReadAllBytesAsync(good);
        Assert.True(bytes.Length > 8 * 4096, $"the database is {bytes.Length} bytes");
        for (var i = bytes.Length / 2; i < bytes.Length; i += 7)
        {
            bytes[i] = (byte)(i * 31);
        }

        await File.WriteAllBytesAsync(damaged, bytes);

        var readOnly = Path.Combine(_folder, "read-only.db");
        File.Copy(good, readOnly);
        MakeReadOnly(readOnly);

        var notADatabase = Path.Combine(_folder, "notes.db");
        await File.WriteAllTextAsync(notADatabase, "these are my notes, not a database\n");
        return [damaged, readOnly, notADatabase];
    }

    // As root (CI) a file mode does not stop writes: the immutable attribute does; elsewhere the mode is enough.
    private void MakeReadOnly(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        if (Environment.UserName == "root" && Chattr("+i", path))
        {
            _immutable.Add(path);
        }
    }

    private static bool Chattr(string flag, string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true, UseShellExecute = false });
            process!.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    // What a person should never read: runtime type names, exceptions, SQLite's codes and reports, stack frames.
    [GeneratedRegex(@"(?<![/\\\w.-])(?:System|Microsoft|Supple|Npgsql|Spectre)\.[A-Z]\w*|Exception|inner exception|SQLite Error|\*\*\* in database|^\s+at \S+\(|`1\[", RegexOptions.Multiline)]
    private static partial Regex DeveloperText();

    private sealed record CommandShape(string Name, IReadOnlyList<string> ValueOptions, IReadOnlyList<string> Arguments);
}
