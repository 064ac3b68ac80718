using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.Localization;

/// <summary>The real <c>supple</c>'s refusals of a note that is too long and of an unknown id in <c>--only</c>, in the person's language.</summary>
public sealed class JournalErrorLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang-journal-");


    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("de", "pain", "die Notiz hat 2.345 Zeichen; höchstens 2.000 werden behalten.")]
    [InlineData("fr", "log", "la note fait 2\u202F345 caractères ; 2\u202F000 au plus sont conservés.")]
    [InlineData("en", "pain", "the note is 2,345 characters; at most 2,000 are kept.")]
    public async Task A_note_too_long_is_refused_in_the_language(string language, string command, string expected)
    {
        string[] args = command == "pain" ? ["pain", "3"] : ["log"];
        var (exit, _, stderr) = await _folder.RunAsync(["--lang", language, .. args, "--note", new string('x', 2345)]);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_in_only_is_refused_in_the_language()
    {
        var (exit, _, stderr) = await _folder.RunAsync(["--lang", "es", "start", "--only", "nope", "--plain", "--accept-disclaimer"]);

        Assert.Equal(2, exit);
        Assert.Contains("Id de estiramiento desconocido: nope. Ids conocidos: shoulder-blade-squeeze,", stderr, StringComparison.Ordinal);
    }
}
