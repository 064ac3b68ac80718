using System.Collections;
using System.Runtime.InteropServices;

namespace Supple.Breaks;

/// <summary>
/// Hands a desk-break job from <c>supple</c> to the native <c>supple-breaks</c> with <c>execve</c>: the same process
/// (same PID, terminal, job control and Ctrl+C) goes on as the small program, and the full CLI's memory is gone.
/// The job travels in one environment variable, which <c>supple-breaks</c> reads and removes at once.
/// </summary>
internal static partial class BreakHandOff
{
    /// <summary>The native program's file name, next to <c>supple</c>.</summary>
    public const string ProgramName = "supple-breaks";

    /// <summary>The environment variable that carries the job's JSON.</summary>
    public const string JobVariable = "SUPPLE_BREAKS_JOB";

    /// <summary>Set to 1 to keep the loop in <c>supple</c>'s own process (for comparison and debugging).</summary>
    public const string InProcessVariable = "SUPPLE_BREAKS_IN_PROCESS";

    /// <summary>Where <c>supple-breaks</c> would be if it was built with this <c>supple</c>, or <c>null</c>.</summary>
    public static string? FindProgram(string directory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(InProcessVariable) == "1" || !OperatingSystem.IsLinux())
        {
            return null;
        }

        var path = Path.Combine(directory, ProgramName);
        return File.Exists(path) && (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0 ? path : null;
    }

    /// <summary>
    /// Replaces this process with <paramref name="program"/> running <paramref name="job"/>. Returns only when that
    /// could not be done (the job too large, or execve failed), and then the caller runs the loop itself.
    /// </summary>
    public static bool TryExec(string program, BreakJob job)
    {
        ArgumentNullException.ThrowIfNull(program);
        var json = BreakJobSerializer.Serialize(job);
        if (json.Length > BreakJobSerializer.MaxLength)
        {
            return false;
        }

        var environment = new List<string>();
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && key != JobVariable && key != InProcessVariable)
            {
                environment.Add($"{key}={entry.Value}");
            }
        }

        environment.Add($"{JobVariable}={json}");
        var argv = Allocate([program]);
        var envp = Allocate(environment);
        try
        {
            Console.Out.Flush();
            Console.Error.Flush();
            Execve(program, argv, envp);

            // Only reached when execve failed (e.g. the file is not a program for this machine).
            return false;
        }
        finally
        {
            Free(argv);
            Free(envp);
        }
    }

    // A NULL-terminated array of UTF-8 C strings, as execve wants it.
    private static nint[] Allocate(List<string> values)
    {
        var pointers = new nint[values.Count + 1];
        for (var i = 0; i < values.Count; i++)
        {
            pointers[i] = Marshal.StringToCoTaskMemUTF8(values[i]);
        }

        return pointers;
    }

    private static void Free(nint[] pointers)
    {
        foreach (var pointer in pointers)
        {
            Marshal.FreeCoTaskMem(pointer);
        }
    }

    [LibraryImport("libc", EntryPoint = "execve", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Execve(string path, nint[] argv, nint[] envp);
}
