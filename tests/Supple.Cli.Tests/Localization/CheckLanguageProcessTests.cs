using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// <c>supple --lang de check FILE</c> on the real binary: the validator's messages that are converted so far (the
/// YAML preflight's) are German after the <c>file:line:column: path:</c> prefix, which stays as it is; in English they
/// read word for word as before.
/// </summary>
public sealed class CheckLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-check-lang-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("de", "Das Feld 'name' steht hier zweimal. Behalte eines davon (jedes Feld darf nur einmal angegeben werden).")]
    [InlineData("en", "The field 'name' appears twice here. Keep one of them (each field may be given only once).")]
    [InlineData("fr", "Le champ 'name' apparaît deux fois ici. Gardez-en un seul (chaque champ ne peut être donné qu’une fois).")]
    public async Task A_field_given_twice_is_reported_in_the_runs_language_after_the_file_line_prefix(string language, string message)
    {
        var file = _folder.File("routine.yaml");
        File.WriteAllText(file, "name: one\nname: two\n");

        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", language, "check", file]);

        Assert.Equal(2, exit);
        Assert.Contains($"{file}:2:1: name: {message}", stdout + stderr, StringComparison.Ordinal);
    }
}
