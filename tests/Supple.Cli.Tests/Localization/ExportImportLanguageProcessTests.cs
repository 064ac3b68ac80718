using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple export</c> and <c>supple import</c> say what they did in the person's language (with CLDR
/// plurals); the exported file itself is data and stays the same in every language.
/// </summary>
public sealed partial class ExportImportLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang-export-", columns: 200);


    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Export_and_import_confirm_in_German_the_file_is_the_same_data_and_English_is_as_before()
    {
        Assert.Equal(0, (await _folder.RunAsync(["log", "--stretch", "cat-camel", "--at", "2026-03-04 18:30"])).ExitCode);
        Assert.Equal(0, (await _folder.RunAsync(["pain", "3", "--at", "2026-03-05 08:00"])).ExitCode);
        var german = _folder.File("de.csv");
        var english = _folder.File("en.csv");

        var de = await _folder.RunAsync(["--lang", "de", "export", "--format", "csv", "--out", german]);
        Assert.True(de.ExitCode == 0, de.Stderr);
        Assert.Equal($"1 Einheit und 1 Schmerzeintrag nach {german} exportiert.", OneLine(de.Stdout));

        var en = await _folder.RunAsync(["--lang", "en", "export", "--format", "csv", "--out", english]);
        Assert.Equal($"Exported 1 session and 1 pain entry to {english}.", OneLine(en.Stdout));
        Assert.Equal(Stamps().Replace(await File.ReadAllTextAsync(english), ""), Stamps().Replace(await File.ReadAllTextAsync(german), "")); // data, not prose (but for the export's own time stamps)

        var imported = await _folder.RunAsync(["--lang", "de", "import", german]);
        Assert.True(imported.ExitCode == 0, imported.Stderr);
        Assert.Equal("0 Einheiten und 0 Schmerzeinträge importiert; 1 Einheit und 1 Schmerzeintrag waren schon da.", OneLine(imported.Stdout));

        var importedEn = await _folder.RunAsync(["--lang", "en", "import", english]);
        Assert.Equal("Imported 0 sessions and 0 pain entries; 1 session and 1 pain entry were already there.", OneLine(importedEn.Stdout));

        var bad = await _folder.RunAsync(["--lang", "de", "export", "--format", "pdf"]);
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("supple: --format muss json, csv, fhir oder ics sein (angegeben: 'pdf').", bad.Stderr, StringComparison.Ordinal);

        foreach (string[] args in new[] { new[] { "export", "--format", "json", "--out", _folder.File("p.json") }, new[] { "import", english } })
        {
            var pseudo = await _folder.RunAsync(["--lang", PseudoLocale.Name, .. args]);
            Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
            var line = Verbatim().Replace(OneLine(pseudo.Stdout), "");
            Assert.True(PseudoLocale.IsTransformed(line), pseudo.Stdout);
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT[\d:.]+Z")]
    private static partial Regex Stamps();

    /// <summary>Paths and numbers, never translated.</summary>
    [GeneratedRegex(@"(/[\w.-]+)+|\d+")]
    private static partial Regex Verbatim();
}
