using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple</c>'s argument and file errors in the person's language: the words translated, the value or
/// path quoted as given; under the pseudo-locale no plain English word of Supple's own; English as before.
/// </summary>
public sealed partial class ErrorLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang-err-", columns: 160);


    public void Dispose() => _folder.Dispose();

    /// <summary>Each bad input with the German message, and the English one it had before.</summary>
    public static TheoryData<string[], string, string> BadInputs => new()
    {
        { ["history", "--days", "abc"], "supple: --days: 'abc' ist keine ganze Zahl.", "supple: --days: 'abc' is not a whole number." },
        { ["statz"], "supple: 'statz' ist kein Befehl. Meintest du 'supple stats'?", "supple: 'statz' is not a command. Did you mean 'supple stats'?" },
        { ["stats", "--bogus"], "supple: unbekannte Option oder unbekanntes Argument '--bogus'.", "supple: Unrecognized command or argument '--bogus'." },
        { ["calendar"], "supple: --out ist erforderlich.", "supple: Option '--out' is required." },
        { ["log", "--at", "nonsense"], "supple: --at 'nonsense' ist keine Zeitangabe: nimm z. B. 2026-03-01 18:30, 18:30, yesterday oder yesterday 18:30.", "supple: --at 'nonsense' is not a time: use e.g. 2026-03-01 18:30, 18:30, yesterday or yesterday 18:30." },
        { ["log", "--stretch", "cat-camle"], "supple: unbekannte Übung 'cat-camle'. Bekannt: shoulder-blade-squeeze,", "supple: unknown stretch 'cat-camle'. Known: shoulder-blade-squeeze," },
        { ["remind", "--at", "25:99"], "supple: --at muss eine Uhrzeit im 24-Stunden-Format sein, etwa 08:30 (angegeben: '25:99').", "supple: --at must be a 24-hour time such as 08:30 (got '25:99')." },
        { ["start", "--programme", "/no/such/routine.yaml"], "supple: die Programmdatei /no/such/routine.yaml existiert nicht.", "supple: the programme file /no/such/routine.yaml does not exist." },
        { ["export", "--out", "/no/such/folder/x.json"], "supple: --out /no/such/folder/x.json: der Ordner /no/such/folder existiert nicht.", "supple: --out /no/such/folder/x.json: the folder /no/such/folder does not exist." },
        { ["stats", "--db", ""], "supple: --db braucht einen Wert; lass die Option weg, um den Standardwert zu nehmen.", "supple: --db needs a value; leave the option out to use the default." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task A_bad_input_is_refused_in_German_with_the_value_as_given_and_in_English_as_before(string[] args, string german, string english)
    {
        await _folder.AssertRefusedInEachLanguageAsync(args, german, english, line => Verbatim().Replace(line, ""));
    }

    [Fact]
    public async Task A_parse_error_is_followed_by_how_to_get_help_in_the_language_of_the_run()
    {
        var de = await _folder.RunAsync(["stats", "--bogus", "--lang", "de"]);

        Assert.Equal(2, de.ExitCode);
        Assert.Contains("Mit 'supple --help' siehst du die Befehle und Optionen.", de.Stderr, StringComparison.Ordinal);

        var french = _folder.Environment;
        french["LANG"] = "fr_FR.UTF-8";
        var fr = await SuppleProcess.RunAsync(["stats", "--bogus"], french);
        Assert.Contains("supple: option ou argument inconnu '--bogus'.", fr.Stderr, StringComparison.Ordinal);
        Assert.Contains("Lancez 'supple --help' pour voir les commandes et les options.", fr.Stderr, StringComparison.Ordinal);
    }

    /// <summary>What is quoted as given or is a name, never a translated text: "supple", commands, options, values, paths, ids.</summary>
    [GeneratedRegex(@"\bsupple\b|'[^']*'|--[a-z-]+|(/[\w.-]+)+|[a-z]+(-[a-z]+)+|\b(stats|yesterday)\b|\d[\d:., -]*")]
    private static partial Regex Verbatim();
}
