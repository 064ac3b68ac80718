using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple --help</c> in the person's language: the language is chosen before the command tree is built,
/// so the descriptions Supple gives are translated, and System.CommandLine's own labels ("Usage:", "Options:") come
/// from its German, Spanish and French resources in the same culture.
/// </summary>
public sealed class HelpLanguageProcessTests
{
    [Fact]
    public async Task Supple_lang_de_help_describes_the_commands_and_options_in_German()
    {
        var root = await SuppleProcess.RunAsync(["--lang", "de", "--help"]);
        Assert.True(root.ExitCode == 0, root.Stderr);
        Assert.Contains("Supple — ein angeleiteter Dehn-Coach bei Schmerzen im oberen Rücken.", root.Stdout, StringComparison.Ordinal);
        Assert.Contains("Optionen:", root.Stdout, StringComparison.Ordinal);
        Assert.Contains("Die Sprache: en, de, es oder fr", root.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tägliche Dehn-Erinnerung und Abstand der Schreibtischpausen", root.Stdout, StringComparison.Ordinal);

        var remind = await SuppleProcess.RunAsync(["remind", "--help"], new Dictionary<string, string?> { ["LANG"] = "de_DE.UTF-8", ["COLUMNS"] = "200" });
        Assert.True(remind.ExitCode == 0, remind.Stderr);
        Assert.Contains("Jeden Tag zu dieser Ortszeit ans Dehnen erinnern", remind.Stdout, StringComparison.Ordinal);
        Assert.Contains("Die tägliche Erinnerung ausschalten.", remind.Stdout, StringComparison.Ordinal);
        Assert.Contains("Standardabstand der Schreibtischpausen für 'supple breaks'", remind.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Turn the daily reminder off", remind.Stdout, StringComparison.Ordinal);

        var export = await SuppleProcess.RunAsync(["--lang", "fr", "export", "--help"]);
        Assert.Contains("Écrire tout votre historique", export.Stdout, StringComparison.Ordinal);

        var serve = await SuppleProcess.RunAsync(["--lang", "de", "serve", "--help"], new Dictionary<string, string?> { ["COLUMNS"] = "300" });
        Assert.Contains("Die Browser-App und die REST-API bereitstellen", serve.Stdout, StringComparison.Ordinal);
        Assert.Contains("Viele Menschen auf einem Server", serve.Stdout, StringComparison.Ordinal);
        Assert.Contains("Hilfe und Aufrufweise anzeigen", serve.Stdout, StringComparison.Ordinal);
        Assert.Contains("alle 50 Minuten eine kurze Dehnroutine", root.Stdout, StringComparison.Ordinal);

        var english = await SuppleProcess.RunAsync(["--lang", "en", "remind", "--help"]);
        Assert.Contains("Set or show your daily stretching reminder and desk-break spacing.", english.Stdout, StringComparison.Ordinal);
        Assert.Contains("Turn the daily reminder off.", english.Stdout, StringComparison.Ordinal);
        Assert.Contains("Show help and usage information", english.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("remind", "Set or show", "Turn the daily")]
    [InlineData("calendar", "Write a daily calendar", "Where to write")]
    [InlineData("export", "Write your whole history", "Write to this file")]
    [InlineData("import", "Add the sessions", "Also accept")]
    [InlineData("breaks", "Desk breaks while you work", "How many breaks can be skipped")]
    [InlineData("serve", "Serve the browser app", "Many people on one server")]
    public async Task Under_the_pseudo_locale_the_commands_own_descriptions_are_transformed(string command, string description, string option)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", PseudoLocale.Name, command, "--help"]);

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain(description, stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(option, stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("The SQLite file", stdout, StringComparison.Ordinal);
        Assert.Contains("[", stdout, StringComparison.Ordinal);
    }
}
