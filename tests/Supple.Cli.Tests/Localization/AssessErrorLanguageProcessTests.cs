using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple assess</c>'s usage errors and the answers file's problems (Core's parser, one
/// <c>file: problem</c> line each) in the person's language, with keys, values, options and paths as typed; English
/// as before; under the pseudo-locale no plain English word of Supple's own.
/// </summary>
public sealed partial class AssessErrorLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang-assess-", columns: 200);

    public void Dispose() => _folder.Dispose();

    private string BadAnswers() => AnswersFile.Write(_folder.Path, change: json =>
    {
        json["screenHoursPerDay"] = 30;
        json.Remove("stress");
    });

    [Fact]
    public async Task A_bad_answers_file_is_refused_in_German_each_problem_with_its_file_and_nothing_is_saved()
    {
        var answers = BadAnswers();

        var (exit, _, stderr) = await _folder.RunAsync(["--lang", "de", "assess", "--answers", answers]);

        Assert.Equal(2, exit);
        Assert.Contains($"{answers}: 'screenHoursPerDay' muss eine ganze Zahl von 0 bis 24 sein (angegeben: 30).", stderr, StringComparison.Ordinal);
        Assert.Contains($"{answers}: 'stress' fehlt: antworte mit true oder false.", stderr, StringComparison.Ordinal);
        Assert.Contains("supple: die Antwortdatei hat 2 Probleme; nichts wurde gespeichert.", stderr, StringComparison.Ordinal);
        var none = await _folder.RunAsync(["--lang", "de", "assess", "--show"]);
        Assert.Contains("Noch kein Plan.", none.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Each usage error with the German message and the English one it had before.</summary>
    public static TheoryData<string[], string, string> UsageErrors => new()
    {
        { ["assess", "--show", "--resume", "cat-camel"], "supple: nimm nur eine von --answers, --show, --resume und --cleared-by-doctor.", "supple: use only one of --answers, --show, --resume and --cleared-by-doctor." },
        { ["assess"], "supple: 'supple assess' stellt seine Fragen in einem Terminal, aber stdin oder stdout ist umgeleitet. Nimm --answers FILE.json.", "supple: 'supple assess' asks its questions in a terminal, but stdin or stdout is redirected. Use --answers FILE.json." },
        { ["assess", "--cleared-by-doctor", "soon"], "supple: --cleared-by-doctor erwartet ein Datum wie 20", "supple: --cleared-by-doctor takes a date such as 20" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task A_usage_error_of_assess_is_in_German_English_as_before_and_translated_under_the_pseudo_locale(string[] args, string german, string english)
    {
        await _folder.AssertRefusedInEachLanguageAsync(args, german, english, line => Verbatim().Replace(line, ""));
    }

    [Fact]
    public async Task Under_the_pseudo_locale_the_answers_files_problems_are_translated_and_English_is_as_before()
    {
        var answers = BadAnswers();

        var en = await _folder.RunAsync(["--lang", "en", "assess", "--answers", answers]);
        Assert.Contains($"{answers}: 'screenHoursPerDay' must be a whole number from 0 to 24 (got 30).", en.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{answers}: 'stress' is missing: answer true or false.", en.Stderr, StringComparison.Ordinal);
        Assert.Contains("supple: the answers file has 2 problems; nothing was saved.", en.Stderr, StringComparison.Ordinal);

        var pseudo = await _folder.RunAsync(["--lang", PseudoLocale.Name, "assess", "--answers", answers]);
        Assert.Equal(2, pseudo.ExitCode);
        var lines = pseudo.Stderr.Replace(answers, "", StringComparison.Ordinal).ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(Verbatim().Replace(line, "")), $"not translated: {line}"));
    }

    /// <summary>What is quoted as given or is a name, never a translated text: "supple", options, values, paths, JSON's words.</summary>
    [GeneratedRegex(@"\bsupple\b|'[^']*'|--[a-z-]+|(/[\w.-]+)+|\b(true|false|stdin|stdout|FILE\.json|JSON)\b|\d[\d:., -]*")]
    private static partial Regex Verbatim();
}
