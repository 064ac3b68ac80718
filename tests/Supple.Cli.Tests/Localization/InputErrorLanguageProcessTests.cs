using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.History;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple</c>'s last English refusals of typed input, in the person's language: <c>start</c>'s pain
/// range, <c>pain</c>'s and <c>log</c>'s pain scores (Core's <c>HistoryText</c>), <c>pain</c>'s unknown area, and an
/// import file that is not there or is a folder; values, options and paths as typed, English as before.
/// </summary>
public sealed partial class InputErrorLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang-input-", columns: 200);

    public void Dispose() => _folder.Dispose();

    /// <summary>Each bad input with the start of the German message and of the English one it had before.</summary>
    public static TheoryData<string[], string, string> BadInputs => new()
    {
        { ["start", "--plain", "--accept-disclaimer", "--pain-before", "11"], "supple: --pain-before muss eine ganze Zahl von 0 bis 10 sein (angegeben: 11).", "supple: --pain-before must be a whole number from 0 to 10 (got 11)." },
        { ["start", "--plain", "--accept-disclaimer", "--pain-after", "-1"], "supple: --pain-after muss eine ganze Zahl von 0 bis 10 sein (angegeben: -1).", "supple: --pain-after must be a whole number from 0 to 10 (got -1)." },
        { ["pain", "3", "--area", "knee"], "supple: unbekannte Stelle 'knee'. Nimm eine von: upper-back,", "supple: unknown area 'knee'. Use one of: upper-back," },
        { ["pain", "11"], "supple: 11 liegt außerhalb des Bereichs: ein Schmerzwert geht von 0 (kein Schmerz) bis 10 (am schlimmsten).", "supple: 11 is out of range: a pain score is from 0 (no pain) to 10 (worst)." },
        { ["log", "--pain-after", "abc"], "supple: --pain-after: 'abc' ist kein Schmerzwert: nimm eine ganze Zahl von 0 (kein Schmerz) bis 10 (am schlimmsten).", "supple: --pain-after: 'abc' is not a pain score: use a whole number from 0 (no pain) to 10 (worst)." },
        { ["plan", "--level", "hard"], "supple: --level muss gentle, standard oder full sein (angegeben: 'hard').", "supple: --level must be gentle, standard or full (got 'hard')." },
        { ["import", "/no/such/export.json"], "supple: /no/such/export.json existiert nicht.", "supple: /no/such/export.json does not exist." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task A_bad_input_is_refused_in_German_English_as_before_and_translated_under_the_pseudo_locale(string[] args, string german, string english)
    {
        await _folder.AssertRefusedInEachLanguageAsync(args, german, english, line => Verbatim().Replace(WithoutAreas(line), ""));
    }

    [Fact]
    public async Task Importing_a_folder_is_refused_in_Spanish_and_French()
    {
        var es = await _folder.RunAsync(["--lang", "es", "import", _folder.Path]);
        Assert.Equal(2, es.ExitCode);
        Assert.StartsWith($"supple: {_folder.Path} es una carpeta, no un archivo de exportación.", es.Stderr, StringComparison.Ordinal);

        var en = await _folder.RunAsync(["--lang", "en", "import", _folder.Path]);
        Assert.StartsWith($"supple: {_folder.Path} is a folder, not an export file.", en.Stderr, StringComparison.Ordinal);

        var fr = await _folder.RunAsync(["--lang", "fr", "pain", "3", "--area", "knee"]);
        Assert.StartsWith("supple: zone inconnue 'knee'. Utilisez l'une de celles-ci : upper-back,", fr.Stderr, StringComparison.Ordinal);
    }

    private static string WithoutAreas(string line) => BodyAreas.All.Aggregate(line, (text, area) => text.Replace(area, "", StringComparison.Ordinal));

    /// <summary>What is quoted as given or is a name, never a translated text: "supple", options, values, levels, paths, numbers.</summary>
    [GeneratedRegex(@"\bsupple\b|'[^']*'|--[a-z-]+|(/[\w.-]+)+|\b(gentle|standard|full)\b|-?\d[\d:., -]*")]
    private static partial Regex Verbatim();
}
