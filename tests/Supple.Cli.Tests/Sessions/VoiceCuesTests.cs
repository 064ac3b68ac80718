using Supple.Cli.Sessions;

namespace Supple.Cli.Tests.Sessions;

/// <summary>VoiceCues against a stand-in espeak-ng (a shell script on PATH that writes down what it is asked to say).</summary>
public sealed class VoiceCuesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-voice-").FullName;

    public VoiceCuesTests()
    {
        var script = Path.Combine(_folder, "espeak-ng");
        File.WriteAllText(script, $"#!/bin/sh\necho \"$@\" >> '{Spoken}'\nexec sleep 30\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Spoken => Path.Combine(_folder, "spoken.txt");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> WaitForSpokenAsync(string text)
    {
        for (var i = 0; i < 500; i++)
        {
            if (File.Exists(Spoken) && File.ReadAllText(Spoken).Contains(text, StringComparison.Ordinal))
            {
                return File.ReadAllText(Spoken);
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"'{text}' was not spoken");
    }

    [Fact]
    public void Missing_espeak_is_reported_as_null()
    {
        Assert.Null(VoiceCues.TryCreate(name => name == "PATH" ? "/nonexistent:/also-not-here" : null));
    }

    [Fact]
    public async Task Speaks_without_waiting_and_a_new_cue_replaces_one_still_speaking()
    {
        using var voice = VoiceCues.TryCreate(name => name == "PATH" ? "/nonexistent:" + _folder : null);
        Assert.NotNull(voice);

        // The stand-in sleeps 30 s after "speaking": Speak must return long before that.
        var speak = Task.Run(() => voice.Speak("Squeeze and hold"));
        Assert.Same(speak, await Task.WhenAny(speak, Task.Delay(TimeSpan.FromSeconds(20))));
        var spoken = await WaitForSpokenAsync("Squeeze and hold");
        Assert.Contains("-s 150 -- Squeeze and hold", spoken, StringComparison.Ordinal);

        voice.Speak("Let go");
        await WaitForSpokenAsync("Let go");
    }
}
