using System.ComponentModel;
using System.Diagnostics;

namespace Supple.Cli.Sessions;

/// <summary>
/// Spoken cues through espeak-ng, run as a separate process and never waited for, so speech can never delay
/// the timer. A new cue cuts off one still being spoken: the newest instruction is the one that matters.
/// </summary>
internal sealed class VoiceCues : IDisposable
{
    private readonly string _executable;
    private readonly Lock _gate = new();
    private Process? _speaking;

    private VoiceCues(string executable) => _executable = executable;

    public const string MissingMessage =
        "--voice needs espeak-ng, which was not found on PATH (Debian/Ubuntu: sudo apt install espeak-ng). Continuing without spoken cues.";

    /// <summary>espeak-ng from PATH, or <c>null</c> when it is not installed.</summary>
    public static VoiceCues? TryCreate(Func<string, string?> environment)
    {
        var path = environment("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "espeak-ng");
            if (File.Exists(candidate))
            {
                return new VoiceCues(candidate);
            }
        }

        return null;
    }

    /// <summary>Starts speaking <paramref name="text"/> and returns at once.</summary>
    public void Speak(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        lock (_gate)
        {
            StopSpeaking();
            var info = new ProcessStartInfo(_executable)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = false,
                CreateNoWindow = true,
            };
            info.ArgumentList.Add("-s");
            info.ArgumentList.Add("150");
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(text);
            try
            {
                _speaking = Process.Start(info);
                // Drain its output so a chatty espeak-ng can never block on a full pipe.
                _speaking?.StandardOutput.ReadToEndAsync();
                _speaking?.StandardError.ReadToEndAsync();
            }
            catch (Win32Exception)
            {
                _speaking = null;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            StopSpeaking();
        }
    }

    private void StopSpeaking()
    {
        if (_speaking is null)
        {
            return;
        }

        try
        {
            if (!_speaking.HasExited)
            {
                _speaking.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }

        _speaking.Dispose();
        _speaking = null;
    }
}
