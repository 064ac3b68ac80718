using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Cli.Sessions;

/// <summary>
/// Spoken cues through espeak-ng, run as a separate process and never waited for, so speech can never delay
/// the timer. A new cue cuts off one still being spoken: the newest instruction is the one that matters.
/// </summary>
internal sealed class VoiceCues : IDisposable
{
    private readonly string _executable;
    private readonly string? _voice;
    private readonly Lock _gate = new();
    private Process? _speaking;

    private VoiceCues(string executable, string? voice)
    {
        _executable = executable;
        _voice = voice;
    }

    /// <summary>The espeak-ng voice (a language: de, es, fr) the cues are spoken in; <c>null</c> for its default, English.</summary>
    public string? Voice => _voice;

    public const string MissingMessage =
        "--voice needs espeak-ng, which was not found on PATH (Debian/Ubuntu: sudo apt install espeak-ng). Continuing without spoken cues.";

    /// <summary>
    /// espeak-ng from PATH, or <c>null</c> when it is not installed. It speaks the language of the run's texts
    /// (<see cref="CultureInfo.CurrentUICulture"/>), so German cues are read with a German voice.
    /// </summary>
    public static VoiceCues? TryCreate(Func<string, string?> environment)
    {
        var culture = CultureInfo.CurrentUICulture;
        var language = culture.Name.Split('-', 2)[0].ToLowerInvariant(); // by name: without ICU the culture knows little else
        var voice = PseudoLocale.Is(culture) || language is "en" or "" || !SuppleCultures.Speaks(language) ? null : language;
        var path = environment("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "espeak-ng");
            if (File.Exists(candidate))
            {
                return new VoiceCues(candidate, voice);
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
            if (_voice is not null)
            {
                info.ArgumentList.Add("-v");
                info.ArgumentList.Add(_voice);
            }

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
