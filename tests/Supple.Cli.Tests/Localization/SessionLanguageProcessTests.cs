using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple</c> in the person's language beyond <c>about</c>: the guided session (<c>start --plain</c>), its
/// stop, and a safety refusal (Core's shared wording) in German and under the pseudo-locale.
/// </summary>
public sealed partial class SessionLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Supple_lang_de_start_plain_shows_German_stretch_names_cues_and_step_words()
    {
        using var process = SuppleProcess.Start(
            ["--lang", "de", "start", "--plain", "--accept-disclaimer", "--quiet", "--only", "chest-opener", "--pain-before", "2", "--db", _folder.Db]);
        await process.WaitForOutputAsync("· halten ·", TimeSpan.FromSeconds(60));
        process.Kill();
        await process.WaitForExitAsync(TimeSpan.FromSeconds(10));

        var stdout = process.Stdout;
        Assert.Contains("] Einheit: 1 Übung, normal, ", stdout, StringComparison.Ordinal);
        Assert.Contains("1/1 Brustöffner · in Position gehen · 10 s: Stell dich aufrecht hin", stdout, StringComparison.Ordinal);
        Assert.Matches(@"1/1 Brustöffner · halten · Wdh\. 1/\d+ · Satz 1/1 · \d+ s: ", stdout);
        foreach (var english in new[] { "session:", "stretch", "Chest opener", "get into position", "hold", "rep " })
        {
            Assert.DoesNotContain(english, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_safety_refusal_is_in_German_from_the_shared_wording_down_to_what_to_do()
    {
        var assess = await SuppleProcess.RunAsync(["assess", "--answers", AnswersFile.Write(_folder.Path, redFlag: "fever"), "--db", _folder.Db]);
        Assert.True(assess.ExitCode == 0, assess.Stderr);

        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", "de", "start", "--plain", "--accept-disclaimer", "--quiet", "--db", _folder.Db]);

        Assert.Equal(3, exit);
        Assert.DoesNotContain("Einheit:", stdout, StringComparison.Ordinal);
        var text = string.Join(' ', stderr.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("supple: Zuerst ärztlich abklären. Deine Einschätzung vom ", text, StringComparison.Ordinal);
        Assert.Contains("Bitte wende dich heute noch an eine Ärztin oder einen Arzt", text, StringComparison.Ordinal); // SafetyMessages.SeeDoctorToday
        Assert.Contains("Rückenschmerzen zusammen mit Fieber oder Schüttelfrost", text, StringComparison.Ordinal); // the warning sign's explanation
        Assert.Contains("Supple bietet keine Übungsfolge an, bis du die Einschätzung", text, StringComparison.Ordinal); // HowTheGateOpens
        Assert.Contains("Mach die Einschätzung mit 'supple assess' erneut", text, StringComparison.Ordinal); // the terminal's own how-to
        foreach (var english in new[] { "See a doctor first", "Please", "a doctor", "Take the assessment" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Under_the_pseudo_locale_start_plain_to_its_first_steps_and_a_stop_has_no_plain_English()
    {
        // "this hurts" needs keys, and keys need a terminal: util-linux `script` gives supple one (as StartPlainTests does);
        // h is pressed as the session begins.
        string[] supple = ["dotnet", RepoPaths.SuppleDll, "--lang", PseudoLocale.Name, "start", "--plain", "--accept-disclaimer", "--quiet",
            "--only", "chest-opener", "--db", _folder.Db, "--pain-before", "5"];
        var command = string.Join(' ', supple.Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        using var process = SuppleProcess.StartProgram("script", ["-q", "-f", "-e", "-c", command, "/dev/null"], stdin: "h");
        await process.WaitForExitAsync(TimeSpan.FromSeconds(90));

        var lines = process.Stdout.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count >= 5, process.Stdout + process.Stderr); // keys, session, the first step, the stop, the outcome
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(AllowListed().Replace(line, "")), $"not translated: {line}"));
        Assert.DoesNotContain(lines, l => l.Contains('…', StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("chest-opener", StringComparison.Ordinal)); // the stop names the stretch by its id
        Assert.True(lines.Count(l => l.EndsWith(']')) >= 3, string.Join('\n', lines)); // texts end with their closing bracket: nothing cut off
    }

    [Fact]
    public async Task Supple_lang_fr_history_formats_dates_in_French_and_reads_in_French()
    {
        var environment = new Dictionary<string, string?> { ["SUPPLE_DB"] = _folder.Db, ["TZ"] = "Europe/Paris", ["NO_COLOR"] = "1", ["COLUMNS"] = "160" };
        Assert.Equal(0, (await SuppleProcess.RunAsync(["log", "--stretch", "cat-camel", "--at", "2026-03-04 18:30", "--pain-before", "6", "--pain-after", "4"], environment)).ExitCode);

        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", "fr", "history", "--days", "3650"], environment);

        Assert.True(exit == 0, stderr);
        Assert.Contains("04/03/2026 18:30", stdout, StringComparison.Ordinal); // dd/MM/yyyy, the French short date
        Assert.DoesNotContain("2026-03-04", stdout, StringComparison.Ordinal);
        Assert.Contains("Quand", stdout, StringComparison.Ordinal);
        Assert.Contains("Séance", stdout, StringComparison.Ordinal);
        Assert.Contains("douleur 6 → 4", stdout, StringComparison.Ordinal);
        Assert.Contains("Heures en Europe/Paris. Les plus récentes d'abord.", stdout, StringComparison.Ordinal);

        // English as before: ISO dates.
        var english = await SuppleProcess.RunAsync(["--lang", "en", "history", "--days", "3650"], environment);
        Assert.Contains("2026-03-04 18:30", english.Stdout, StringComparison.Ordinal);
        Assert.Contains("Times in Europe/Paris. Newest first.", english.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_the_pseudo_locale_history_has_no_plain_English()
    {
        var environment = new Dictionary<string, string?> { ["SUPPLE_DB"] = _folder.Db, ["TZ"] = "Europe/Paris", ["NO_COLOR"] = "1", ["COLUMNS"] = "200" };
        Assert.Equal(0, (await SuppleProcess.RunAsync(["log", "--stretch", "cat-camel", "--stretch", "seated-twist", "--at", "2026-03-04 18:30", "--pain-before", "6", "--pain-after", "4", "--note", "with my physio"], environment)).ExitCode);
        Assert.Equal(0, (await SuppleProcess.RunAsync(["pain", "3", "--area", "neck"], environment)).ExitCode);

        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", PseudoLocale.Name, "history", "--days", "3650"], environment);

        Assert.True(exit == 0, stderr);
        var lines = stdout.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim(' ', '│', '╭', '╮', '╰', '╯', '─', '┬', '┴', '┼', '├', '┤')).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count >= 4, stdout);
        Assert.Contains(lines, l => l.Contains(PseudoLocale.Accent("Session"), StringComparison.Ordinal) || l.Contains(PseudoLocale.Accent("When"), StringComparison.Ordinal));
        Assert.All(lines.SelectMany(l => l.Split('│')).Select(c => c.Trim()).Where(c => c.Length > 0),
            cell => Assert.True(PseudoLocale.IsTransformed(HistoryAllowListed().Replace(cell, "")), $"not translated: {cell}"));
    }

    /// <summary>What a history shows as typed or as numbers: the note the person wrote, times and dates, scores, arrows, the time zone, an area name.</summary>
    [GeneratedRegex(@"with my physio|Europe/Paris|\bneck\b|[\d:./→ ×–-]+|\b\d+ s\b")]
    private static partial Regex HistoryAllowListed();

    /// <summary>
    /// What is not a translated text: the terminal's escape sequences and the echo of the key pressed (from `script`),
    /// the time stamp, the stretch's id, seconds ("10 s"), "supple".
    /// </summary>
    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|^h(?=\x1b|\[)|\[\d\d:\d\d:\d\d\]|chest-opener|\b\d+ s\b|\bsupple\b")]
    private static partial Regex AllowListed();
}
