using System.Text.RegularExpressions;
using Supple.Breaks;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple breaks</c> in the person's language, handed over to the native <c>supple-breaks</c> and run in
/// process alike: <c>supple</c> puts the translated words into the job, so the AOT program needs no resources.
/// </summary>
public sealed partial class BreaksLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang-breaks-");

    public void Dispose() => _folder.Dispose();

    private static Dictionary<string, string?> Host(bool native)
    {
        var environment = new Dictionary<string, string?> { ["TZ"] = "Europe/Berlin" };
        if (!native)
        {
            environment[BreakHandOff.InProcessVariable] = "1";
        }

        return environment;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Supple_lang_de_breaks_reads_in_German_from_the_start_to_a_stop_for_pain(bool native)
    {
        using var breaks = SuppleProcess.StartInTerminal(["--lang", "de", "breaks", "--accept-disclaimer", "--db", _folder.Db], Host(native));
        await breaks.WaitForOutputAsync("Tasten: b Pause jetzt · p aufschieben · s überspringen · h das tut weh", TimeSpan.FromSeconds(90));
        await breaks.WaitForOutputAsync("nächste Pause um", TimeSpan.FromSeconds(30));
        breaks.Keys("b");
        await breaks.WaitForOutputAsync("Schulterblätter zusammenziehen · in Position gehen", TimeSpan.FromSeconds(30));
        breaks.Keys("h");
        await breaks.WaitForExitAsync(TimeSpan.FromSeconds(90));

        var text = breaks.Stdout;
        Assert.True(breaks.ExitCode == 0, text + breaks.Stderr);
        Assert.Matches(@"Schreibtischpausen alle 50m; jede Pause: Schulterblätter zusammenziehen, Brustöffner \(etwa 2:30\); erste Pause um \d\d:\d\d", text);
        Assert.Matches(@"Pause: Schulterblätter zusammenziehen, Brustöffner bis \d\d:\d\d:\d\d \(\[d\] früher fertig\)", text);
        Assert.Contains("beendet: du hast gesagt, dass es wehtut. Die Schreibtischpausen sind beendet.", text, StringComparison.Ordinal);
        Assert.Contains("gespeichert: die Pause und dass eine Dehnung wehgetan hat", text, StringComparison.Ordinal);
        foreach (var english in new[] { "desk break", "next break", "keys:", "saved", "stopped", "get-into-position", "Desk breaks have stopped", "break ends in" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Under_the_pseudo_locale_breaks_to_a_stop_for_pain_have_no_plain_English(bool native)
    {
        using var breaks = SuppleProcess.StartInTerminal(["--lang", PseudoLocale.Name, "breaks", "--accept-disclaimer", "--db", _folder.Db], Host(native));
        await breaks.WaitForOutputAsync(PseudoLocale.Accent("next break at"), TimeSpan.FromSeconds(90));
        breaks.Keys("b");
        await breaks.WaitForOutputAsync(PseudoLocale.Accent("Shoulder blade squeeze"), TimeSpan.FromSeconds(30));
        await breaks.WaitForOutputAsync(PseudoLocale.Accent("break ends in"), TimeSpan.FromSeconds(30));
        breaks.Keys("h");
        await breaks.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.True(breaks.ExitCode == 0, breaks.Stdout + breaks.Stderr);
        var lines = breaks.Stdout.Split('\r', '\n').Select(l => AllowListed().Replace(l, "").Trim()).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count >= 7, breaks.Stdout); // start, keys, next break, countdown, the break, its step, the stop, saved
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(line), $"not translated: {line}"));
    }

    // Terminal control, the time stamps, durations (50m, 10 s, 2:30), the h typed back by the terminal.
    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|^h(?=\x1b|\[|$)|\[\d\d:\d\d:\d\d\]|\b\d+ ?[smh]\b")]
    private static partial Regex AllowListed();
}
