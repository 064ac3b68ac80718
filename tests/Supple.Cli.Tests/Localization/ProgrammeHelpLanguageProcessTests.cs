using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>--help</c> of <c>show</c>, <c>stretches</c>, <c>plan</c>, <c>assess</c> and <c>check</c> in the
/// person's language: the command's description, its arguments and options, and the heading above the description
/// (which System.CommandLine's German and French resources leave English); in English exactly as before.
/// </summary>
public sealed class ProgrammeHelpLanguageProcessTests
{
    private static readonly Dictionary<string, string?> Wide = new() { ["COLUMNS"] = "400" };

    [Theory]
    [InlineData("show", "Eine Übung vollständig zeigen: Schritte, Hinweise, Dosierung, wozu sie hilft, Quelle.", "Die Id der Übung, wie 'supple stretches' sie auflistet.")]
    [InlineData("stretches", "Die Übungen mit Haltedauer, Wiederholungen, Sätzen und Seiten auflisten.", "JSON statt einer Tabelle ausgeben.")]
    [InlineData("plan", "Den Ablauf zeigen, den 'supple start' mit denselben Optionen abspielen würde, und wie lange er dauert.", "Jeden Schritt auflisten, nicht nur jede Übung.")]
    [InlineData("assess", "Ein paar Fragen beantworten (Warnzeichen, Ursachen, was du zur Hand hast) und einen persönlichen Plan bekommen.", "Das Datum eintragen (YYYY-MM-DD oder 'today'), an dem eine Ärztin oder ein Arzt dich untersucht")]
    [InlineData("check", "Programmdateien und ihre Übersetzungen prüfen: jedes Problem mit seiner Zeile und jeden noch nicht übersetzten Text.", "Programmdateien (mit ihren Übersetzungen geprüft) oder Übersetzungsdateien (gegen ihr Programm geprüft).")]
    public async Task Supple_lang_de_help_of_the_programme_commands_is_German(string command, string description, string option)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", "de", command, "--help"], Wide);

        Assert.True(exit == 0, stderr);
        Assert.StartsWith("Beschreibung:\n  " + description, stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(option, stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Description:", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show", "Show one stretch in full: steps, cues, dosage, why it helps, reference.", "The stretch's id, as listed by 'supple stretches'.")]
    [InlineData("stretches", "List the stretches with hold time, repetitions, sets and sides.", "--json")]
    [InlineData("plan", "Show the timeline 'supple start' would play with the same options, and how long it takes.", "List every step, not just every stretch.")]
    [InlineData("assess", "Answer a few questions (warning signs, causes, what you have) and get a personal plan.", "Read the answers from a JSON file ('-' for stdin) instead of asking; see docs/SAFETY.md for the format.")]
    [InlineData("check", "Check programme files and their translations: every problem with its line, and every text not translated yet.", "Programme files (checked with their translations) or translation files (checked against their programme).")]
    public async Task In_English_the_help_is_as_before_and_under_the_pseudo_locale_none_of_it_is_left(string command, string description, string option)
    {
        var english = await SuppleProcess.RunAsync(["--lang", "en", command, "--help"], Wide);
        Assert.True(english.ExitCode == 0, english.Stderr);
        Assert.StartsWith("Description:\n  " + description + "\n\nUsage:\n  supple " + command, english.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(option, english.Stdout, StringComparison.Ordinal);

        var pseudo = await SuppleProcess.RunAsync(["--lang", PseudoLocale.Name, command, "--help"], Wide);
        Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
        Assert.StartsWith(PseudoLocale.Transform("Description:"), pseudo.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(description, pseudo.Stdout, StringComparison.Ordinal);
        Assert.Contains(PseudoLocale.Accent(description.Split(' ')[0]), pseudo.Stdout, StringComparison.Ordinal);
        if (!option.StartsWith("--", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(option, pseudo.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("es", "Descripción:")]
    [InlineData("fr", "Description\u00a0:")]
    public async Task The_description_heading_is_in_Spanish_and_French_too(string language, string heading)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", language, "show", "--help"], Wide);

        Assert.True(exit == 0, stderr);
        Assert.StartsWith(heading + "\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
