using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>--help</c> of <c>log</c>, <c>pain</c>, <c>history</c>, <c>stats</c>, <c>chart</c>, <c>start</c> and
/// <c>about</c> in the person's language: the command's description and each of its options, with the values a
/// person types (ids, <c>yesterday</c>, <c>espeak-ng</c>) left as they are; in English exactly as before.
/// </summary>
public sealed class JournalHelpLanguageProcessTests
{
    private static readonly Dictionary<string, string?> Wide = new() { ["COLUMNS"] = "400" };

    [Theory]
    [InlineData("log", "Eine Einheit eintragen, die ohne Timer gemacht wurde", "Wann, wenn nicht jetzt: 2026-03-01 18:30, 18:30, yesterday, yesterday 18:30 (deine Zeitzone).")]
    [InlineData("pain", "Einen Eintrag ins Schmerztagebuch schreiben (0–10)", "Wo: upper-back,")]
    [InlineData("history", "Deine Einheiten (mit jeder Übung) und Schmerzeinträge zeigen", "Nur die letzten N Tage.")]
    [InlineData("stats", "Serien, Übungstage, Abschlussquote", "JSON statt einer Tabelle ausgeben.")]
    [InlineData("chart", "Den Schmerz im Zeitverlauf", "Wie viele Tage zurück gezeichnet wird.")]
    [InlineData("start", "Eine angeleitete Einheit starten", "Jeden Schritt mit espeak-ng ansagen (muss installiert sein).")]
    [InlineData("about", "Ursachen von Schmerzen im oberen Rücken", "Hilfe und Aufrufweise anzeigen")]
    public async Task Supple_lang_de_help_of_the_journal_commands_is_German(string command, string description, string option)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", "de", command, "--help"], Wide);

        Assert.True(exit == 0, stderr);
        Assert.Contains(description, stdout, StringComparison.Ordinal);
        Assert.Contains(option, stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("log", "Record a session done without the timer, e.g. with a physiotherapist.", "A few words, e.g. who you did it with.")]
    [InlineData("pain", "Add a pain diary entry (0–10), optionally with where it hurts and a note.", "How bad the pain is: 0 (none) to 10 (the worst imaginable).")]
    [InlineData("history", "Show your sessions (with each stretch) and pain entries, newest first.", "Only the last N days.")]
    [InlineData("stats", "Show streaks, days practised, completion, pain before and after, the pain trend and per-stretch counts.", "--json")]
    [InlineData("chart", "Draw pain over time with your sessions marked, and sessions per week, as a PNG or SVG picture.", "The picture to write: a .png or .svg file.")]
    [InlineData("start", "Start a guided session: timed holds, releases and side switches, with pain before and after.", "Accept the medical disclaimer without being asked (read it with 'supple about').")]
    [InlineData("about", "Causes of upper-back pain, benefits of stretching, how often, when to stop, references and the disclaimer.", "--help")]
    public async Task In_English_the_help_is_as_before_and_under_the_pseudo_locale_none_of_it_is_left(string command, string description, string option)
    {
        var english = await SuppleProcess.RunAsync(["--lang", "en", command, "--help"], Wide);
        Assert.True(english.ExitCode == 0, english.Stderr);
        Assert.Contains(description, english.Stdout, StringComparison.Ordinal);
        Assert.Contains(option, english.Stdout, StringComparison.Ordinal);

        var pseudo = await SuppleProcess.RunAsync(["--lang", PseudoLocale.Name, command, "--help"], Wide);
        Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
        Assert.DoesNotContain(description, pseudo.Stdout, StringComparison.Ordinal);
        Assert.Contains(PseudoLocale.Accent(description.Split(' ')[0]), pseudo.Stdout, StringComparison.Ordinal);
        if (!option.StartsWith("--", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(option, pseudo.Stdout, StringComparison.Ordinal);
        }
    }
}
