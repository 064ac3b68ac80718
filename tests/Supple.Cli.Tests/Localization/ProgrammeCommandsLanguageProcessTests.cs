using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple</c>'s programme commands (<c>stretches</c>, <c>show</c>, <c>plan</c>, <c>assess</c>,
/// <c>check</c>) in the person's language: German labels around the German programme, no plain English word of the
/// command's own under the pseudo-locale, English as before.
/// </summary>
public sealed partial class ProgrammeCommandsLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang3-");


    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Supple_lang_de_stretches_labels_the_German_programme_in_German()
    {
        // Not a terminal: 80 columns, where the German names need the list (StretchesView.NeededWidth).
        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", "de", "stretches"]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Katze-Kamel-Dehnung", stdout, StringComparison.Ordinal);
        Assert.Contains("Halten 5–10 s · Wdh. 10–15 · Sätze 1 · Seiten —", stdout, StringComparison.Ordinal);
        Assert.Contains("rechts, links", stdout, StringComparison.Ordinal);
        Assert.Contains("'supple show ID' zeigt die Schritte", string.Join(' ', Lines(stdout)), StringComparison.Ordinal);
        foreach (var english in new[] { "Hold", "Reps", "Sets", "Sides", "Stretch", "per side", "timings" })
        {
            Assert.DoesNotContain(english, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Under_the_pseudo_locale_stretches_has_no_plain_English()
    {
        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", PseudoLocale.Name, "stretches"]);

        Assert.True(exit == 0, stderr);
        var lines = Lines(stdout);
        Assert.True(lines.Count >= 8, stdout);
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(AllowListed().Replace(line, "")), $"not translated: {line}"));
    }

    [Fact]
    public async Task Supple_lang_de_show_labels_the_stretch_in_German_and_the_pseudo_locale_leaves_no_English()
    {
        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", "de", "show", "cat-camel"]);

        Assert.True(exit == 0, stderr);
        foreach (var german in new[] { "Katze-Kamel-Dehnung", "Warum:", "Position:", "Du brauchst:", "Dosierung:", "Ablauf:", "Schritte", "Hinweise", "Aufhören:" })
        {
            Assert.Contains(german, stdout, StringComparison.Ordinal);
        }

        var referenced = await _folder.RunAsync(["--lang", "de", "show", "thoracic-extension"]);
        Assert.Contains("\nQuelle\n", referenced.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        foreach (var english in new[] { "Why:", "You need:", "Dosage:", "Steps", "Cues", "Reference", "Stop:" })
        {
            Assert.DoesNotContain(english, stdout, StringComparison.Ordinal);
        }

        var unknown = await _folder.RunAsync(["--lang", "de", "show", "no-such"]);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("keine Übung 'no-such'. Bekannte Ids: shoulder-blade-squeeze,", unknown.Stderr, StringComparison.Ordinal);

        foreach (var id in new[] { "cat-camel", "thoracic-extension" })
        {
            var pseudo = await _folder.RunAsync(["--lang", PseudoLocale.Name, "show", id]);
            Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
            var lines = Lines(pseudo.Stdout);
            Assert.True(lines.Count >= 10, pseudo.Stdout);
            Assert.All(lines.Where(l => !ReferenceLine().IsMatch(l)), line => Assert.True(PseudoLocale.IsTransformed(AllowListed().Replace(line, "")), $"not translated: {line}"));
        }
    }

    [Fact]
    public async Task English_show_and_stretches_keep_their_labels()
    {
        var show = await _folder.RunAsync(["--lang", "en", "show", "cat-camel"]);
        Assert.True(show.ExitCode == 0, show.Stderr);
        foreach (var english in new[] { "Why:", "Position:", "You need:", "Dosage:", "Flow:", "Steps", "Cues", "Stop:" })
        {
            Assert.Contains(english, show.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("\nReference\n", (await _folder.RunAsync(["--lang", "en", "show", "thoracic-extension"])).Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var stretches = await _folder.RunAsync(["--lang", "en", "stretches"]);
        Assert.Contains("Stretch · id", stretches.Stdout, StringComparison.Ordinal);
        Assert.Contains("Reps and sets are per side for sided stretches. 'supple show ID' gives the steps; 'supple plan' the timings.", string.Join(' ', Lines(stretches.Stdout)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supple_lang_de_plan_is_in_German_and_the_pseudo_locale_leaves_no_English()
    {
        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", "de", "plan", "--steps"]);

        Assert.True(exit == 0, stderr);
        foreach (var german in new[] { "Plan · normal · ", "Übung", "Dosierung", "Beginnt", "Dauer", "Gesamt", "Schritt", "Wdh. · Satz · Seite", "Anleitung", "Katze-Kamel-Dehnung" })
        {
            Assert.Contains(german, stdout, StringComparison.Ordinal);
        }

        // Not "right": the session engine's own switch-side sentence ("Switch to your right side.") is still English.
        foreach (var english in new[] { "Stretch", "Dosage", "Starts", "Takes", "Total", "Instruction", "standard" })
        {
            Assert.DoesNotContain(english, stdout, StringComparison.Ordinal);
        }

        var hint = await _folder.RunAsync(["--lang", "de", "plan"]);
        Assert.Contains("--steps listet jeden Schritt auf; 'supple start' mit denselben Optionen spielt ihn ab.", string.Join(' ', Lines(hint.Stdout)), StringComparison.Ordinal);

        var pseudo = await _folder.RunAsync(["--lang", PseudoLocale.Name, "plan"]);
        Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
        var lines = Lines(pseudo.Stdout);
        Assert.True(lines.Count >= 10, pseudo.Stdout);
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(AllowListed().Replace(line, "")), $"not translated: {line}"));

        // The steps table's own words (its header, step names, sides); the instructions the session engine writes
        // itself ("Switch to your right side.", "Session complete.") are not this command's and are still English.
        var steps = await _folder.RunAsync(["--lang", PseudoLocale.Name, "plan", "--steps"]);
        var header = Lines(steps.Stdout).First(l => l.Contains(PseudoLocale.Accent("Instruction"), StringComparison.Ordinal));
        Assert.True(PseudoLocale.IsTransformed(header), header);
        Assert.DoesNotContain("Rep · Set · Side", steps.Stdout, StringComparison.Ordinal);

        var english2 = await _folder.RunAsync(["--lang", "en", "plan"]);
        Assert.Contains("Plan · standard · ", english2.Stdout, StringComparison.Ordinal);
        Assert.Contains("--steps lists every step; 'supple start' with the same options plays it.", string.Join(' ', Lines(english2.Stdout)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_made_in_English_shows_in_German_with_German_reasons_and_the_pseudo_locale_leaves_no_English()
    {
        var answers = AnswersFile.Write(_folder.Path, props: ["chair", "rolled-towel"], change: j => j["stress"] = true);
        var made = await _folder.RunAsync(["--lang", "en", "assess", "--answers", answers]);
        Assert.True(made.ExitCode == 0, made.Stderr);
        Assert.Contains("Your plan (made ", made.Stdout, StringComparison.Ordinal);
        Assert.Contains("Causes: posture, long hours sitting, stress.", made.Stdout, StringComparison.Ordinal);

        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", "de", "assess", "--show"]);

        Assert.True(exit == 0, stderr);
        var text = string.Join(' ', Lines(stdout));
        Assert.Matches(@"Dein Plan \(erstellt am \d\d\.\d\d\.\d{4}\)\. Ursachen: Haltung, langes Sitzen, Stress\.", text);
        foreach (var german in new[] { "Warum", "für deine Ursachen", "Weggelassen", "Diese Übung braucht Platz auf dem", "Haltung:", "Langes Sitzen:", "Die heutige Einheit dauert etwa", "supple breaks" })
        {
            Assert.Contains(german, stdout, StringComparison.Ordinal);
        }

        foreach (var english in new[] { "Your plan", "Why", "for your causes", "Left out", "It needs", "Posture:", "session takes" })
        {
            Assert.DoesNotContain(english, stdout, StringComparison.Ordinal);
        }

        // A reason handed over from a left-out stretch keeps its capital in German ("Anstelle von …: Haltung: …"), also
        // in this process without ICU, where every culture's two-letter name is "iv".
        Assert.Contains("Anstelle von", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("haltung:", stdout, StringComparison.Ordinal);

        var pseudo = await _folder.RunAsync(["--lang", PseudoLocale.Name, "assess", "--show"]);
        Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
        var lines = Lines(pseudo.Stdout);
        Assert.True(lines.Count >= 10, pseudo.Stdout);
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(AllowListed().Replace(line, "")), $"not translated: {line}"));
    }

    [Fact]
    public async Task Supple_lang_de_assess_asks_in_German_in_a_terminal()
    {
        // The questions need a terminal: util-linux `script` gives supple one (as StartPlainTests does). Every warning
        // sign no, 8 hours, poor posture, nothing else; a chair and a towel.
        var keys = string.Concat(Enumerable.Repeat("n\n", Core.Safety.RedFlags.All.Count)) + "8\n"
            + string.Concat(("ynnnn" + "ynyn").Select(c => c + "\n"));

        var german = string.Join(' ', Lines(await AssessInATerminalAsync("de", keys))); // lines wrap at 80 columns
        foreach (var text in new[]
        {
            "Zuerst ein paar Fragen zu Warnzeichen.", "Antworte jeweils mit y (ja) oder n (nein).",
            "Jetzt zu dem, was hinter deinen Schmerzen im oberen Rücken stecken könnte.",
            "Wie viele Stunden am Tag sitzt du ungefähr vor einem Bildschirm?", "Fühlst du dich oft gestresst oder angespannt?",
            "Was hast du dort, wo du dich dehnen wirst?", "Hast du einen Stuhl?", "Dein Plan", "Gespeichert.",
        })
        {
            Assert.Contains(text, german, StringComparison.Ordinal);
        }

        foreach (var english in new[] { "warning signs", "Answer each", "hours a day", "Do you have", "Your plan", "Saved." })
        {
            Assert.DoesNotContain(english, german, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_warning_sign_in_German_shows_the_German_panel()
    {
        var answers = AnswersFile.Write(_folder.Path, redFlag: "chest-pain-or-breathlessness");

        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", "de", "assess", "--answers", answers]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Ein vorher gespeicherter Plan wurde beiseitegelegt.", string.Join(' ', Lines(stdout)), StringComparison.Ordinal);
        Assert.Contains("Quelle: ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Source:", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("set aside", stdout, StringComparison.Ordinal);

        var none = await _folder.RunAsync(["--lang", "de", "assess", "--show", "--db", _folder.File("empty.db")]);
        Assert.Contains("Mit supple assess erstellst du einen.", none.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supple_lang_de_check_frames_its_lines_in_German_and_keeps_paths_languages_and_ids()
    {
        var programme = Path.Combine(RepoPaths.Root, "src", "Supple.Core", "Content", "programme.yaml");

        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", "de", "check", programme]);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("programme.yaml: in Ordnung (7 Übungen, 135 Texte)", stdout, StringComparison.Ordinal);
        Assert.Contains("programme.fr.yaml: in Ordnung (fr, jeder Text übersetzt)", stdout, StringComparison.Ordinal);

        File.Copy(Path.Combine(RepoPaths.Root, "examples", "physio-neck-routine.yaml"), _folder.File("routine.yaml"));
        var translation = _folder.File("routine.de.yaml");
        File.WriteAllText(translation, File.ReadAllText(Path.Combine(RepoPaths.Root, "examples", "physio-neck-routine.de.yaml"))
            .Replace("  chest-opener:", "  chest-openr:", StringComparison.Ordinal));
        var broken = await _folder.RunAsync(["--lang", "de", "check", translation]);
        Assert.Equal(2, broken.ExitCode);
        Assert.Matches(@"routine\.de\.yaml: \d+ Probleme \(de\)", broken.Stdout);
        Assert.Contains("stretches.chest-openr: ", broken.Stdout, StringComparison.Ordinal); // the validator's file:line lines, ids as they are

        var pseudo = await _folder.RunAsync(["--lang", PseudoLocale.Name, "check", programme]);
        Assert.True(pseudo.ExitCode == 0, pseudo.Stdout + pseudo.Stderr);
        var lines = Lines(pseudo.Stdout);
        Assert.Equal(4, lines.Count);
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(CheckAllowListed().Replace(line, "")), $"not translated: {line}"));

        var english = await _folder.RunAsync(["--lang", "en", "check", programme]);
        Assert.Contains("programme.yaml: ok (7 stretches, 135 texts)", english.Stdout, StringComparison.Ordinal);
    }

    /// <summary>In <c>supple check</c>'s lines: file paths and language codes.</summary>
    [GeneratedRegex(@"\S+\.yaml|\((?:de|es|fr),")]
    private static partial Regex CheckAllowListed();

    private async Task<string> AssessInATerminalAsync(string language, string keys)
    {
        string[] supple = ["env", "NO_COLOR=1", "dotnet", RepoPaths.SuppleDll, "--lang", language, "assess", "--db", _folder.File(language + ".db")];
        var command = string.Join(' ', supple.Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        using var process = SuppleProcess.StartProgram("script", ["-q", "-f", "-e", "-c", command, "/dev/null"], stdin: keys);
        await process.WaitForExitAsync(TimeSpan.FromSeconds(180));

        // The terminal echoes the keys typed ahead until supple reads them: those lines come before its first line.
        var output = AnsiEscapes().Replace(process.Stdout, "");
        var first = output.IndexOf("Zuerst", StringComparison.Ordinal);
        return first < 0 ? output : output[first..];
    }

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>
    /// What is not a translated text: stretch ids, seconds ("5–10 s"), the commands and options a line names
    /// ('supple show ID', supple breaks, --steps), "supple" itself.
    /// </summary>
    [GeneratedRegex(@"\b[a-z]+(?:-[a-z]+)+\b|\b\d+(?:–\d+)? s\b|'supple [a-z]+(?: ID)?'|\bsupple breaks\b|--steps|\bsupple\b")]
    private static partial Regex AllowListed();

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]")]
    private static partial Regex AnsiEscapes();

    /// <summary>A reference's line ("[3] Title — URL"), which stays as published, and the URL's continuation lines.</summary>
    [GeneratedRegex(@"^\[\d+\]|https?://|^[\w./-]*[./][\w./-]*$")]
    private static partial Regex ReferenceLine();
}
