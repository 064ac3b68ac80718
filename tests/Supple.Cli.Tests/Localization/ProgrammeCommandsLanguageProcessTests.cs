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
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-lang3-").FullName;

    private Dictionary<string, string?> Environment() => new()
    {
        ["SUPPLE_DB"] = Path.Combine(_folder, "supple.db"),
        ["TZ"] = "Europe/Berlin",
        ["NO_COLOR"] = "1",
    };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Supple_lang_de_stretches_labels_the_German_programme_in_German()
    {
        // Not a terminal: 80 columns, where the German names need the list (StretchesView.NeededWidth).
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", "de", "stretches"], Environment());

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
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", PseudoLocale.Name, "stretches"], Environment());

        Assert.True(exit == 0, stderr);
        var lines = Lines(stdout);
        Assert.True(lines.Count >= 8, stdout);
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(AllowListed().Replace(line, "")), $"not translated: {line}"));
    }

    [Fact]
    public async Task Supple_lang_de_show_labels_the_stretch_in_German_and_the_pseudo_locale_leaves_no_English()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", "de", "show", "cat-camel"], Environment());

        Assert.True(exit == 0, stderr);
        foreach (var german in new[] { "Katze-Kamel-Dehnung", "Warum:", "Position:", "Du brauchst:", "Dosierung:", "Ablauf:", "Schritte", "Hinweise", "Aufhören:" })
        {
            Assert.Contains(german, stdout, StringComparison.Ordinal);
        }

        var referenced = await SuppleProcess.RunAsync(["--lang", "de", "show", "thoracic-extension"], Environment());
        Assert.Contains("\nQuelle\n", referenced.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        foreach (var english in new[] { "Why:", "You need:", "Dosage:", "Steps", "Cues", "Reference", "Stop:" })
        {
            Assert.DoesNotContain(english, stdout, StringComparison.Ordinal);
        }

        var unknown = await SuppleProcess.RunAsync(["--lang", "de", "show", "no-such"], Environment());
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("keine Übung 'no-such'. Bekannte Ids: shoulder-blade-squeeze,", unknown.Stderr, StringComparison.Ordinal);

        foreach (var id in new[] { "cat-camel", "thoracic-extension" })
        {
            var pseudo = await SuppleProcess.RunAsync(["--lang", PseudoLocale.Name, "show", id], Environment());
            Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
            var lines = Lines(pseudo.Stdout);
            Assert.True(lines.Count >= 10, pseudo.Stdout);
            Assert.All(lines.Where(l => !ReferenceLine().IsMatch(l)), line => Assert.True(PseudoLocale.IsTransformed(AllowListed().Replace(line, "")), $"not translated: {line}"));
        }
    }

    [Fact]
    public async Task English_show_and_stretches_keep_their_labels()
    {
        var show = await SuppleProcess.RunAsync(["--lang", "en", "show", "cat-camel"], Environment());
        Assert.True(show.ExitCode == 0, show.Stderr);
        foreach (var english in new[] { "Why:", "Position:", "You need:", "Dosage:", "Flow:", "Steps", "Cues", "Stop:" })
        {
            Assert.Contains(english, show.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("\nReference\n", (await SuppleProcess.RunAsync(["--lang", "en", "show", "thoracic-extension"], Environment())).Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var stretches = await SuppleProcess.RunAsync(["--lang", "en", "stretches"], Environment());
        Assert.Contains("Stretch · id", stretches.Stdout, StringComparison.Ordinal);
        Assert.Contains("Reps and sets are per side for sided stretches. 'supple show ID' gives the steps; 'supple plan' the timings.", string.Join(' ', Lines(stretches.Stdout)), StringComparison.Ordinal);
    }

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>
    /// What is not a translated text: stretch ids, seconds ("5–10 s"), the commands a line names ('supple show ID'),
    /// "supple" itself.
    /// </summary>
    [GeneratedRegex(@"\b[a-z]+(?:-[a-z]+)+\b|\b\d+(?:–\d+)? s\b|'supple [a-z]+(?: ID)?'|\bsupple\b")]
    private static partial Regex AllowListed();

    /// <summary>A reference's line ("[3] Title — URL"), which stays as published, and the URL's continuation lines.</summary>
    [GeneratedRegex(@"^\[\d+\]|https?://|^[\w./-]*[./][\w./-]*$")]
    private static partial Regex ReferenceLine();
}
