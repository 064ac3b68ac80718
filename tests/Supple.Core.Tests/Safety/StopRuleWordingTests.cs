using System.Text.RegularExpressions;
using Supple.Core.Content;
using Supple.Core.Safety;

namespace Supple.Core.Tests.Safety;

/// <summary>
/// The article's stop rule is "excruciatingly painful": every place a person reads the rule says so, and the weaker
/// "very painful" it once said in places (a different threshold) does not come back.
/// </summary>
public sealed partial class StopRuleWordingTests
{
    /// <summary>What a person reads: Core's content and messages, every door's texts, pages and scripts, the docs.</summary>
    private static readonly string[] UserFacingRoots = ["src", "docs"];

    private static readonly string[] UserFacingExtensions = [".cs", ".cshtml", ".js", ".html", ".yaml", ".resx", ".json", ".md", ".webmanifest"];

    [Fact]
    public void No_user_facing_source_says_very_painful()
    {
        var files = UserFacingRoots
            .SelectMany(root => Directory.EnumerateFiles(RepoPaths.File(root), "*", SearchOption.AllDirectories))
            .Where(f => UserFacingExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !IsBuildOutput(f))
            .Append(RepoPaths.File("README.md"))
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} files found: is the repository root right?");

        var offenders = files
            .Where(f => VeryPainful().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();

        Assert.True(offenders.Count == 0, "\"very painful\" instead of the article's \"excruciatingly painful\" in: " + string.Join(", ", offenders));
    }

    [Theory]
    [InlineData("src/Supple.Core/Content/programme.yaml")]
    [InlineData("src/Supple.Core/Safety/SafetyMessages.cs")]
    [InlineData("src/Supple.Data/Export/FhirExport.cs")]
    [InlineData("src/Supple.Core/Safety/SafetyText.resx")]
    [InlineData("src/Supple.Web/Resources/WebText.resx")] // the footer of every page (Layout.Disclaimer)
    [InlineData("docs/SAFETY.md")]
    [InlineData("docs/REMINDERS.md")]
    [InlineData("docs/PROGRAMME-FILES.md")]
    [InlineData("README.md")]
    public void Every_statement_of_the_stop_rule_uses_the_articles_wording(string file) =>
        Assert.Matches(ExcruciatinglyPainful(), File.ReadAllText(RepoPaths.File(file)));

    [Fact]
    public void The_built_in_programme_and_the_safety_messages_state_the_same_rule()
    {
        Assert.Matches(ExcruciatinglyPainful(), BuiltInProgramme.Instance.StopRule);
        Assert.Matches(ExcruciatinglyPainful(), SafetyMessages.StopRule);
        Assert.Contains(SafetyMessages.StopRule, SafetyMessages.StoppedForPain, StringComparison.Ordinal);
        Assert.Contains(SafetyMessages.StopRule, SafetyMessages.DeskBreaksStoppedForPain, StringComparison.Ordinal);
        Assert.Matches(ExcruciatinglyPainful(), SafetyMessages.HighPain(8).Message);
    }

    [Theory]
    [InlineData("If a stretch is very painful, stop.", true)]
    [InlineData("a stretch that is Very\n  painful", true)]
    [InlineData("If a stretch is excruciatingly painful, stop.", false)]
    public void The_check_finds_the_old_wording_across_line_breaks_and_case(string text, bool found) =>
        Assert.Equal(found, VeryPainful().IsMatch(text));

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules");

    [GeneratedRegex(@"very\s+painful", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VeryPainful();

    [GeneratedRegex(@"excruciatingly\s+painful", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExcruciatinglyPainful();
}
