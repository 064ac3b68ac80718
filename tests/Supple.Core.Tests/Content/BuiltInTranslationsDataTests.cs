using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Core.Tests.Content;

/// <summary>
/// The built-in programme's translations are compiled in (<c>BuiltInTranslationsData.g.cs</c>) so that no command in
/// another language parses YAML; the <c>programme.LANG.yaml</c> files stay the source. These tests fail when the two part.
/// </summary>
public sealed class BuiltInTranslationsDataTests
{
    private const string Generated = "src/Supple.Core/Content/BuiltInTranslationsData.g.cs";

    private static IEnumerable<string> TranslatedLanguages => SuppleCultures.Languages.Where(l => l != "en");

    /// <summary>Each file read and checked as a translation file from a user is (errors throw).</summary>
    private static List<ProgrammeTranslation> Parsed =>
    [
        .. TranslatedLanguages.Select(language => ProgrammeTranslation.Parse(
            BuiltInProgramme.Template,
            BuiltInProgramme.ReadResource($"Supple.Core.Content.programme.{language}.yaml")!,
            $"programme.{language}.yaml",
            language)),
    ];

    [Fact]
    public void Every_shipped_language_is_compiled_in_and_is_its_file_parsed()
    {
        var parsed = Parsed;
        Assert.NotEmpty(parsed);
        foreach (var file in parsed)
        {
            var compiled = BuiltInTranslationsData.Find(file.Language);
            Assert.NotNull(compiled);
            Assert.Equal(file.Language, compiled.Language);
            Assert.Equal(file.FileName, compiled.FileName);
            Assert.Equal(file.Texts.OrderBy(t => t.Key, StringComparer.Ordinal), compiled.Texts.OrderBy(t => t.Key, StringComparer.Ordinal));
            Assert.Equal(compiled.Language, BuiltInTranslationsData.Find(file.Language.ToUpperInvariant())?.Language);
        }

        Assert.Null(BuiltInTranslationsData.Find("xx"));
    }

    [Theory]
    [InlineData("de-AT")]
    [InlineData("es")]
    [InlineData("fr-CH")]
    public void The_programme_in_another_language_is_the_one_its_file_gives(string culture)
    {
        var fromFiles = new ProgrammeTranslations(
            BuiltInProgramme.Template,
            language => BuiltInProgramme.ReadResource($"Supple.Core.Content.programme.{language}.yaml") is { } text
                ? new ProgrammeTranslations.File(text, $"programme.{language}.yaml")
                : null);
        var info = new System.Globalization.CultureInfo(culture);

        var compiled = ProgrammeTranslations.BuiltIn.For(info);
        var read = fromFiles.For(info);

        Assert.NotEqual("en", compiled.Language);
        Assert.Equal(read.Language, compiled.Language);
        Assert.Equal(ProgrammeWriter.Write(read.Programme), ProgrammeWriter.Write(compiled.Programme));
    }

    [Fact]
    public void The_compiled_file_is_what_the_writer_makes_of_the_translation_files()
    {
        GeneratedSource.AssertCommittedOrWrite(Generated, ProgrammeSourceWriter.WriteTranslations(Parsed), "the programme.LANG.yaml files", nameof(BuiltInTranslationsDataTests));
    }
}
