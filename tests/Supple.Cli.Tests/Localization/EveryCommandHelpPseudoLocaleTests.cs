using System.CommandLine;
using System.Text.RegularExpressions;
using Supple.Cli.Infrastructure;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.History;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// Every command of the built tree (walked, not listed by hand), run as the real <c>supple --lang qps-ploc COMMAND
/// --help</c>: the description and each argument's and option's description went through the pseudo-locale, so a
/// description left English in any command, present or future, fails here.
/// </summary>
public sealed partial class EveryCommandHelpPseudoLocaleTests
{
    public static TheoryData<string> Commands() => [.. CommandPaths()];

    /// <summary>Every command of the tree <c>supple</c> builds, as the words typed to reach it ("" for the root).</summary>
    private static List<string> CommandPaths()
    {
        using var cli = new TestCli();
        return [.. Walk(CommandTree.Build(cli.Console), []).Select(path => string.Join(' ', path))];
    }

    [Fact]
    public void The_walk_finds_every_command_of_the_tree()
    {
        var commands = CommandPaths();

        Assert.Contains("", commands); // the root itself
        Assert.Contains("start", commands);
        Assert.Contains("serve", commands);
        Assert.True(commands.Count >= 19, string.Join(", ", commands));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Under_the_pseudo_locale_no_description_in_the_help_is_plain_English(string command)
    {
        string[] path = command.Length == 0 ? [] : command.Split(' ');

        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", PseudoLocale.Name, .. path, "--help"], new Dictionary<string, string?> { ["COLUMNS"] = "1000" });

        Assert.True(exit == 0, stderr);
        var descriptions = Descriptions(stdout);
        Assert.NotEmpty(descriptions);
        Assert.All(descriptions, text => Assert.True(PseudoLocale.IsTransformed(WithoutVerbatim(text)), $"'supple {command} --help' has a description not translated: {text}"));
    }

    [Fact]
    public void The_check_fails_on_a_description_left_English()
    {
        var help = "[Ðéšçŕíþţíöñ: ··]\n  [Šĥöŵ öñé šţŕéţçĥ ·····]\n\nUsage:\n  supple show <id> [options]\n\nOptions:\n  --programme <FILE>  Use this programme file instead.\n";

        var descriptions = Descriptions(help);

        Assert.Equal(["[Šĥöŵ öñé šţŕéţçĥ ·····]", "Use this programme file instead."], descriptions);
        Assert.True(PseudoLocale.IsTransformed(WithoutVerbatim(descriptions[0])));
        Assert.False(PseudoLocale.IsTransformed(WithoutVerbatim(descriptions[1])));
    }

    private static IEnumerable<string[]> Walk(Command command, string[] path)
    {
        yield return path;
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            foreach (var found in Walk(sub, [.. path, sub.Name]))
            {
                yield return found;
            }
        }
    }

    /// <summary>
    /// The texts Supple gives in a help: the body under the first heading (the command's description) and the second
    /// column of every two-column row (arguments, options, subcommands). Headings and the usage line are
    /// System.CommandLine's.
    /// </summary>
    private static List<string> Descriptions(string help)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var result = new List<string>();
        var section = 0;
        var inUsage = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith(' '))
            {
                section++;
                inUsage = section == 2;
                continue;
            }

            if (section == 1)
            {
                result.Add(line.Trim());
            }
            else if (!inUsage && Row().Match(line) is { Success: true } row)
            {
                result.Add(row.Groups["description"].Value.Trim());
            }
        }

        return result;
    }

    /// <summary>A two-column row: two spaces, the symbol's usage, two or more spaces, its description.</summary>
    [GeneratedRegex(@"^  \S.*?\S {2,}(?<description>\S.*)$")]
    private static partial Regex Row();

    /// <summary><paramref name="text"/> without what it quotes as typed (<see cref="Verbatim"/>, and the body areas <c>pain --area</c> takes).</summary>
    private static string WithoutVerbatim(string text) =>
        Verbatim().Replace(BodyAreas.All.Aggregate(text, (t, area) => t.Replace(area, "", StringComparison.Ordinal)), "");

    /// <summary>
    /// What a description quotes as typed, never as text to translate: commands and ids in quotes, options, paths and
    /// file names, ids with hyphens, upper-case names (JSON, YAML, ID), language codes, export formats, keys (q,
    /// Ctrl+C), numbers; and what System.CommandLine appends (<c>[default: …]</c>).
    /// </summary>
    [GeneratedRegex(@"(?<!\w)'[^']*'|\bCtrl\+[A-Z]\b|\b[a-z]\b|\b(json|csv|fhir|ics)\b|--?[a-z][a-z-]*|\S*/\S*|[\w-]+\.(md|yaml|json|png|svg|ics|csv)\b|\.(png|svg|ics)\b|\b[a-z]+(-[a-z]+)+\b|\b[A-Z][A-Z0-9_]+\b|\b(en|de|es|fr|yesterday|gentle|standard|full|today|stdin|stdout|https?|http)\b|\b[A-Z]\b|\[default: [^\]]*\]|\d[\d:.,–-]*|\p{Ll}+\|[\p{Ll}|]+")]
    private static partial Regex Verbatim();
}
