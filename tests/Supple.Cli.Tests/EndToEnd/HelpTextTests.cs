using System.Text.Json;
using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary>
/// <c>supple … --help</c> from the real binary: what it shows is what the user should type.
/// </summary>
public sealed partial class HelpTextTests
{
    public static TheoryData<string> Commands => new()
    {
        "start", "stretches", "show", "plan", "assess", "calendar", "remind", "breaks", "about", "log", "pain",
        "history", "stats", "export", "import", "chart", "serve",
    };

    [Theory]
    [InlineData("start")]
    [InlineData("plan")]
    [InlineData("log")]
    public async Task Level_default_is_shown_in_the_lower_case_the_user_types(string command)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync([command, "--help"]);
        Assert.True(exit == 0, stderr);
        var level = OneOption(stdout, "--level");
        Assert.Contains("--level <gentle|standard|full>", level, StringComparison.Ordinal);
        Assert.Contains("[default: standard]", level, StringComparison.Ordinal);
        Assert.DoesNotContain("Standard", level, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_default_in_help_is_one_of_the_values_the_option_lists(string command)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync([command, "--help"]);
        Assert.True(exit == 0, stderr);
        foreach (Match option in OptionWithChoices().Matches(stdout))
        {
            var choices = option.Groups["choices"].Value.Split('|');
            var text = OneOption(stdout, option.Groups["name"].Value);
            if (DefaultValue().Match(text) is { Success: true } shown)
            {
                Assert.Contains(shown.Groups["value"].Value, choices);
            }
        }
    }

    [Fact]
    public async Task Plan_without_level_still_plays_the_standard_level()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["plan", "--json"]);
        Assert.True(exit == 0, stderr);
        Assert.Equal("standard", JsonDocument.Parse(stdout).RootElement.GetProperty("level").GetString());
    }

    [Fact]
    public async Task Supple_alone_shows_the_help_with_every_command()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync([]);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("Commands:", stdout, StringComparison.Ordinal);
        foreach (var command in Commands)
        {
            Assert.Contains("  " + command, stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("strech", "stretches")]
    [InlineData("stat", "stats")]
    [InlineData("hsitory", "history")]
    [InlineData("exprot", "export")]
    public async Task A_mistyped_command_is_one_error_with_the_nearest_command(string typed, string meant)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync([typed]);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        var lines = stderr.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal([$"supple: '{typed}' is not a command. Did you mean 'supple {meant}'?", "Run 'supple --help' to see the commands and options."], lines);
    }

    [Fact]
    public async Task A_word_like_no_command_gets_no_suggestion()
    {
        var (exit, _, stderr) = await SuppleProcess.RunAsync(["xyz"]);
        Assert.Equal(2, exit);
        Assert.StartsWith("supple: 'xyz' is not a command.\n", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_as_database_is_one_error_that_does_not_repeat_itself()
    {
        var folder = Directory.CreateTempSubdirectory("supple-cli-folder-db-").FullName;
        try
        {
            var (exit, _, stderr) = await SuppleProcess.RunAsync(["history", "--db", folder]);
            // A usage error (#13): said once, in one line, before anything is opened.
            Assert.Equal(2, exit);
            var lines = stderr.ReplaceLineEndings("\n").TrimEnd().Split('\n');
            Assert.Contains(folder, lines[0], StringComparison.Ordinal);
            Assert.Equal(1, stderr.Split("is a folder").Length - 1);
            Assert.All(lines.Skip(1), l => Assert.DoesNotContain(folder, l, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One option's row in the help, with its wrapped continuation lines joined.</summary>
    private static string OneOption(string help, string name)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimStart().StartsWith(name + " ", StringComparison.Ordinal));
        Assert.True(start >= 0, $"{name} is not in the help:\n{help}");
        var row = new List<string> { lines[start].Trim() };
        for (var i = start + 1; i < lines.Length && lines[i].StartsWith("    ", StringComparison.Ordinal); i++)
        {
            row.Add(lines[i].Trim());
        }

        return string.Join(' ', row);
    }

    [GeneratedRegex(@"^\s+(?<name>--[a-z-]+) <(?<choices>[a-z0-9-]+(\|[a-z0-9-]+)+)>", RegexOptions.Multiline)]
    private static partial Regex OptionWithChoices();

    [GeneratedRegex(@"\[default: (?<value>[^\]]+)\]")]
    private static partial Regex DefaultValue();
}
