using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.Localization;

/// <summary><c>supple check</c>: a programme file with its translations, or one translation, every problem with file and line.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-check-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_built_in_programme_and_its_three_translations_pass()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["check", Path.Combine(RepoPaths.Root, "src", "Supple.Core", "Content", "programme.yaml")]);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("programme.yaml: ok (7 stretches, 135 texts)", stdout, StringComparison.Ordinal);
        foreach (var language in new[] { "de", "es", "fr" })
        {
            Assert.Contains($"programme.{language}.yaml: ok ({language}, every text translated)", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_broken_translation_is_reported_with_file_line_and_key_and_exits_2()
    {
        File.Copy(Path.Combine(RepoPaths.Root, "examples", "physio-neck-routine.yaml"), _folder.File("routine.yaml"));
        var german = File.ReadAllText(Path.Combine(RepoPaths.Root, "examples", "physio-neck-routine.de.yaml"))
            .Replace("Halte die Spannung {hold} Sekunden lang", "Halte die Spannung fünf Sekunden lang", StringComparison.Ordinal)
            .Replace("  chest-opener:", "  chest-openr:", StringComparison.Ordinal);
        var translation = _folder.File("routine.de.yaml");
        File.WriteAllText(translation, german);
        var line = german.Split('\n').ToList().FindIndex(l => l.Contains("fünf Sekunden", StringComparison.Ordinal)) + 1;

        var (exit, stdout, _) = await SuppleProcess.RunAsync(["check", translation]);

        Assert.Equal(2, exit);
        Assert.Contains($"{translation}:{line}:9: stretches.shoulder-blade-squeeze.steps[2]: The placeholder {{hold}} is missing.", stdout, StringComparison.Ordinal);
        Assert.Contains($"{translation}:{line}:9: stretches.shoulder-blade-squeeze.steps[2]: The text writes a number as a word (\"fünf\")", stdout, StringComparison.Ordinal);
        Assert.Contains("stretches.chest-openr: The programme has no stretch 'chest-openr'", stdout, StringComparison.Ordinal);
        Assert.Contains("stretches.chest-opener.name: The translation of stretches.chest-opener.name is missing", stdout, StringComparison.Ordinal);
        Assert.Contains($"{translation}: ", stdout, StringComparison.Ordinal);
    }
}
