using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>The real <c>supple</c> in the person's language: LANG and friends, --lang, the pseudo-locale.</summary>
public sealed class LanguageProcessTests
{
    private static async Task<string> AboutAsync(IDictionary<string, string?> environment, params string[] args)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["about", .. args], environment);
        Assert.True(exit == 0, stderr);
        return stdout.ReplaceLineEndings("\n");
    }

    private static string OneLine(string text) => string.Join(' ', text.Split([' ', '\n', '│'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Lang_es_ES_UTF8_supple_about_is_in_Spanish()
    {
        var about = OneLine(await AboutAsync(new Dictionary<string, string?> { ["LANG"] = "es_ES.UTF-8" }));

        // The headings (interface strings) and the content (the programme's Spanish translation).
        Assert.Contains("Siete estiramientos para la parte alta de la espalda, para aliviar el dolor y relajarse", about, StringComparison.Ordinal);
        Assert.Contains("Fuente: Artículo: 7 Upper back stretches", about, StringComparison.Ordinal);
        Assert.Contains("Causas frecuentes del dolor en la parte alta de la espalda", about, StringComparison.Ordinal);
        Assert.Contains("1. Mala postura — La mala postura es una de las principales causas", about, StringComparison.Ordinal);
        Assert.Contains("Lo que pueden hacer los estiramientos", about, StringComparison.Ordinal);
        Assert.Contains("Con qué frecuencia Haz estos estiramientos al menos una vez al día.", about, StringComparison.Ordinal);
        Assert.Contains("Cuándo parar", about, StringComparison.Ordinal);
        Assert.Contains("Si algún estiramiento resulta insoportablemente doloroso, deja de hacerlo de inmediato y consulta a un médico.", about, StringComparison.Ordinal);
        Assert.Contains("Referencias", about, StringComparison.Ordinal);
        Assert.Contains("Aviso importante", about, StringComparison.Ordinal);
        Assert.Contains("No sustituye el consejo, el diagnóstico ni el tratamiento", about, StringComparison.Ordinal);

        // References stay as published.
        Assert.Contains("Spine-health: causes of upper back pain", about, StringComparison.Ordinal);
        Assert.Contains("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5721192/", about, StringComparison.Ordinal);

        // Nothing of the English interface or content is left.
        foreach (var english in new[] { "Common causes", "What stretching can do", "How often", "When to stop", "Disclaimer", "Poor posture", "excruciatingly" })
        {
            Assert.DoesNotContain(english, about, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("LC_ALL", "de_DE.UTF-8", "Häufige Ursachen von Schmerzen im oberen Rücken")]
    [InlineData("LC_MESSAGES", "fr_FR.UTF-8", "Causes fréquentes de douleur dans le haut du dos")]
    [InlineData("LANG", "C.UTF-8", "Common causes of upper-back pain")]
    public async Task The_first_locale_variable_set_decides(string variable, string value, string heading)
    {
        var environment = new Dictionary<string, string?> { ["LANG"] = "es_ES.UTF-8", [variable] = value };

        Assert.Contains(heading, await AboutAsync(environment), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_option_beats_the_environment_and_an_unknown_language_is_English_with_a_note()
    {
        var environment = new Dictionary<string, string?> { ["LC_ALL"] = "es_ES.UTF-8" };
        Assert.Contains("Was Dehnen bewirken kann", await AboutAsync(environment, "--lang", "de"), StringComparison.Ordinal);

        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["--lang", "ja", "about"], environment);
        Assert.Equal(0, exit);
        Assert.Contains("What stretching can do", stdout, StringComparison.Ordinal);
        Assert.Contains("no translation for 'ja' yet; using English", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_lang_is_a_usage_error()
    {
        var (exit, _, stderr) = await SuppleProcess.RunAsync(["about", "--lang", "12!"]);

        Assert.Equal(2, exit);
        Assert.Contains("--lang must be a language such as en, de, es, fr (got '12!')", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_the_pseudo_locale_every_line_of_about_is_translated_and_nothing_is_cut_off()
    {
        var lines = (await AboutAsync(new Dictionary<string, string?>(), "--lang", PseudoLocale.Name)).Split('\n');

        // The references stay as published (title and address); everything else went through the translation path.
        var referencesStart = Array.FindIndex(lines, l => l.StartsWith("[Ŕéƒéŕéñçéš", StringComparison.Ordinal));
        var referencesEnd = Array.FindIndex(lines, referencesStart, l => l.StartsWith('┌'));
        Assert.True(referencesStart > 0 && referencesEnd > referencesStart, string.Join('\n', lines));
        var checkedLines = lines.Take(referencesStart).Concat(lines.Skip(referencesEnd)).ToList();
        Assert.All(checkedLines, line => Assert.True(PseudoLocale.IsTransformed(line), $"not translated: {line}"));
        Assert.DoesNotContain(lines, l => l.Contains('…', StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimEnd().EndsWith("·]", StringComparison.Ordinal)); // a closing bracket: the end of a text, shown
    }
}
