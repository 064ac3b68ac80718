using System.Globalization;
using Supple.Core.Content;

namespace Supple.Core.Tests.Content;

/// <summary>The validator checks a translation file like a programme file: every problem, with file, line and key.</summary>
public sealed class TranslationValidationTests
{
    internal const string Programme = """
        title: Morning routine
        source: Me
        stop-rule: Stop if it hurts a lot.
        disclaimer: Not medical advice.
        stretches:
          - id: chin-tuck
            name: Chin tuck
            summary: Draws the head back.
            positions: [sitting]
            setup: Sit tall.
            steps:
              - Draw your chin back.
              - Hold for {hold} seconds, {reps} times.
            prompts:
              hold: Hold.
              release: Relax.
            dosage:
              hold: { min: 5, max: 10 }
              reps: { min: 2, max: 3 }
              sets: 1
        """;

    // Line numbers below count from 1 at "language: de".
    internal const string German = """
        language: de
        range: "{min} bis {max}"
        title: Morgenroutine
        source: Ich
        stop-rule: Hör sofort auf, wenn es stark schmerzt.
        disclaimer: Keine medizinische Beratung.
        positions:
          sitting: sitzend
        stretches:
          chin-tuck:
            name: Kinn zurück
            summary: Zieht den Kopf zurück.
            setup: Setz dich aufrecht hin.
            steps:
              - Zieh das Kinn zurück.
              - Halte {hold} Sekunden, {reps}-mal.
            prompts:
              hold: Halten.
              release: Locker lassen.
        """;

    internal static ProgrammeTemplate Template { get; } = ProgrammeLoader.ParseTemplate(Programme, "p.yaml");

    private static IReadOnlyList<ProgrammeError> Check(string translation) =>
        ProgrammeTranslation.Check(Template, translation, "p.de.yaml", "de");

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, German, StringComparison.Ordinal);
        return German.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_translation_passes()
    {
        Assert.Empty(Check(German));
    }

    [Fact]
    public void A_missing_id_is_reported_at_its_section_naming_file_line_and_key()
    {
        var errors = Check(Replace("""
              chin-tuck:
                name: Kinn zurück
                summary: Zieht den Kopf zurück.
                setup: Setz dich aufrecht hin.
                steps:
                  - Zieh das Kinn zurück.
                  - Halte {hold} Sekunden, {reps}-mal.
                prompts:
                  hold: Halten.
                  release: Locker lassen.
            """, "  {}\n"));

        Assert.Equal(7, errors.Count);
        Assert.All(errors, e => Assert.Equal(("p.de.yaml", 10), (e.File, e.Line))); // where the emptied section begins
        var name = Assert.Single(errors, e => e.Field == "stretches.chin-tuck.name");
        Assert.Equal("The translation of stretches.chin-tuck.name is missing (English, p.yaml:7: \"Chin tuck\"). Until it is given, the English shows.", name.Message);
        Assert.Contains(errors, e => e.Field == "stretches.chin-tuck.steps[1]");
    }

    [Fact]
    public void A_missing_field_is_reported_at_its_stretch()
    {
        var error = Assert.Single(Check(Replace("    summary: Zieht den Kopf zurück.\n", "")));

        Assert.Equal(("p.de.yaml", 11, "stretches.chin-tuck.summary"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void A_missing_list_item_and_a_missing_shared_word_are_reported()
    {
        var errors = Check(Replace("      - Halte {hold} Sekunden, {reps}-mal.\n", "").Replace("positions:\n  sitting: sitzend\n", "", StringComparison.Ordinal));

        Assert.Equal(["positions.sitting", "stretches.chin-tuck.steps[1]"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(13, errors.Single(e => e.Field.EndsWith("steps[1]", StringComparison.Ordinal)).Line); // the list
        Assert.Equal(1, errors.Single(e => e.Field == "positions.sitting").Line);
    }

    [Fact]
    public void An_extra_id_is_an_error_that_suggests_the_nearest_one()
    {
        var error = Assert.Single(Check(German + "\n  chin-tuk:\n    name: Doppelt\n"));

        Assert.Equal(("p.de.yaml", 20, "stretches.chin-tuk"), (error.File, error.Line, error.Field));
        Assert.Contains("The programme has no stretch 'chin-tuk' (p.yaml). Did you mean 'chin-tuck'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_step_and_an_unknown_field_are_errors()
    {
        var errors = Check(Replace("      - Halte {hold} Sekunden, {reps}-mal.\n", "      - Halte {hold} Sekunden, {reps}-mal.\n      - Noch einer.\n    cuse: [x]\n"));

        Assert.Equal(2, errors.Count);
        Assert.Equal((17, "stretches.chin-tuck.steps[2]"), (errors[0].Line, errors[0].Field));
        Assert.Contains("The English has 2 steps here and this is number 3", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal((18, "stretches.chin-tuck.cuse"), (errors[1].Line, errors[1].Field));
        Assert.Contains("Did you mean 'cues'?", errors[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Halte {hold Sekunden, {reps}-mal.", "broken placeholder \"{hold\"")]
    [InlineData("Halte {hlod} Sekunden, {reps}-mal.", "The placeholder {hold} is missing")]
    [InlineData("Halte {hold} Sekunden, {reps}-mal, {sets} Satz.", "The placeholder {sets} is not in the English text")]
    [InlineData("Halte Sekunden, {reps}-mal.", "The placeholder {hold} is missing. The English (\"Hold for {hold} seconds, {reps} times.\") shows hold time there")]
    public void A_broken_or_dropped_placeholder_is_an_error_on_its_line(string step, string message)
    {
        var errors = Check(Replace("Halte {hold} Sekunden, {reps}-mal.", step));

        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(("p.de.yaml", 16, "stretches.chin-tuck.steps[1]"), (error.File, error.Line, error.Field));
    }

    [Theory]
    [InlineData("Halte zwanzig Sekunden, {reps}-mal, {hold}.", "writes a number as a word (\"zwanzig\")")]
    [InlineData("Halte {hold} Sekunden, zwei- bis dreimal, {reps}.", "writes a number as a word (\"zwei\")")]
    [InlineData("Halte {hold} Sekunden (20 s), {reps}-mal.", "writes the number 20, which the English does not have")]
    [InlineData("Halte 10 Sekunden, {reps}-mal, {hold}.", "It is the stretch's hold time: write {hold} as the English does")]
    public void A_number_written_as_text_is_an_error(string step, string message)
    {
        var error = Assert.Single(Check(Replace("Halte {hold} Sekunden, {reps}-mal.", step)));

        Assert.Equal(("p.de.yaml", 16, "stretches.chin-tuck.steps[1]"), (error.File, error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_range_pattern_needs_min_and_max()
    {
        var error = Assert.Single(Check(Replace("range: \"{min} bis {max}\"", "range: \"{min} bis\"")));

        Assert.Equal((2, "range"), (error.Line, error.Field));
        Assert.Contains("{max} is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_must_agree_with_the_file_name()
    {
        var error = Assert.Single(ProgrammeTranslation.Check(Template, German, "p.fr.yaml", "fr"));

        Assert.Equal((1, "language"), (error.Line, error.Field));
        Assert.Contains("language: de, but its name says fr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_reported_like_a_programme_file()
    {
        var error = Assert.Single(Check("language: de\ntitle: \"unclosed\n"));

        Assert.Equal("p.de.yaml", error.File);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_translation_can_be_used_but_a_broken_one_cannot()
    {
        var partial = ProgrammeTranslation.Parse(Template, Replace("    summary: Zieht den Kopf zurück.\n", ""), "p.de.yaml", "de");
        Assert.Equal("Kinn zurück", partial.Texts["stretches.chin-tuck.name"]);

        var ex = Assert.Throws<ProgrammeValidationException>(() =>
            ProgrammeTranslation.Parse(Template, Replace("{hold} Sekunden", "20 Sekunden"), "p.de.yaml", "de"));
        Assert.All(ex.Errors, e => Assert.Equal(16, e.Line));
    }

    [Theory]
    [InlineData("my-routine.de.yaml", "my-routine.yaml", "de")]
    [InlineData("/x/my-routine.pt-BR.yaml", "/x/my-routine.yaml", "pt-BR")]
    [InlineData("my-routine.yaml", "my-routine.yaml", null)]
    [InlineData("other.de.yaml", "my-routine.yaml", null)]
    public void The_language_of_a_sibling_file_comes_from_its_name(string file, string programme, string? language)
    {
        Assert.Equal(language, ProgrammeTranslation.LanguageOfFile(file, programme));
    }

    [Fact]
    public void Sibling_file_names()
    {
        Assert.Equal("dir/my-routine.de.yaml", ProgrammeTranslation.FileNameFor("dir/my-routine.yaml", "de"));
        Assert.Equal("programme.fr.yml", ProgrammeTranslation.FileNameFor("programme.yml", "fr"));
    }

    internal static ProgrammeTranslations Translations(string? german) => new(
        Template,
        language => language == "de" && german is not null ? new ProgrammeTranslations.File(german, "p.de.yaml") : null);

    [Fact]
    public void A_partial_translation_falls_back_to_English_string_by_string()
    {
        var partial = Replace("    summary: Zieht den Kopf zurück.\n", "").Replace("      - Zieh das Kinn zurück.\n", "      - Zieh das Kinn zurück.\n", StringComparison.Ordinal);
        var localized = Translations(partial).For(CultureInfo.GetCultureInfo("de-AT"));

        var stretch = localized.Programme.Stretches[0];
        Assert.Equal("de", localized.Language);
        Assert.Equal("Kinn zurück", stretch.Name);
        Assert.Equal("Draws the head back.", stretch.Summary); // not translated: English, never the key
        Assert.Equal("Halte 5 bis 10 Sekunden, 2 bis 3-mal.", stretch.Steps[1]);
        Assert.Equal("sitzend", localized.PositionName(Position.Sitting));
        Assert.Equal("on the floor", localized.PositionName(Position.Floor)); // a word this translation lacks
        Assert.Equal("Morgenroutine", localized.Programme.Title);
        Assert.Equal(Template.English.Stretches[0].Dosage, stretch.Dosage);
        Assert.Equal("chin-tuck", stretch.Id);
    }

    [Fact]
    public void A_language_without_a_translation_is_English()
    {
        var localized = Translations(German).For(CultureInfo.GetCultureInfo("ja-JP"));

        Assert.Equal("en", localized.Language);
        Assert.Same(Template.English, localized.Programme);
    }

    [Fact]
    public void A_custom_translation_borrows_the_shared_words_it_lacks_from_the_built_in_one()
    {
        var without = German.Replace("positions:\n  sitting: sitzend\n", "", StringComparison.Ordinal)
            .Replace("range: \"{min} bis {max}\"\n", "", StringComparison.Ordinal);
        var shared = new ProgrammeTranslations(Template,
            language => language == "de" ? new ProgrammeTranslations.File(German, "built-in.de.yaml") : null);
        var custom = new ProgrammeTranslations(Template,
            language => language == "de" ? new ProgrammeTranslations.File(without, "p.de.yaml") : null, shared);

        Assert.Empty(ProgrammeTranslation.Check(Template, without, "p.de.yaml", "de", shared.Find("de")));
        var localized = custom.For(CultureInfo.GetCultureInfo("de"));
        Assert.Equal("sitzend", localized.PositionName(Position.Sitting));
        Assert.Equal("Halte 5 bis 10 Sekunden, 2 bis 3-mal.", localized.Programme.Stretches[0].Steps[1]);
    }

    [Fact]
    public void The_example_routine_has_a_complete_German_translation_that_borrows_the_shared_words()
    {
        var template = ProgrammeLoader.ParseTemplate(System.IO.File.ReadAllText(RepoPaths.File("examples/physio-neck-routine.yaml")), "physio-neck-routine.yaml");
        var german = System.IO.File.ReadAllText(RepoPaths.File("examples/physio-neck-routine.de.yaml"));

        Assert.Empty(ProgrammeTranslation.Check(template, german, "physio-neck-routine.de.yaml", "de", ProgrammeTranslations.BuiltIn.Find("de")));
        var localized = new ProgrammeTranslations(template,
            language => language == "de" ? new ProgrammeTranslations.File(german, "physio-neck-routine.de.yaml") : null,
            ProgrammeTranslations.BuiltIn).For(CultureInfo.GetCultureInfo("de-DE"));
        var chest = localized.Programme.FindStretch("chest-opener")!;
        Assert.Equal("Halte die Dehnung.", chest.Prompts.Hold); // the example gives none: German's default prompt
        Assert.Equal("Bleib 15 Sekunden so und atme tief.", chest.Steps[3]);
        Assert.Equal("im Stehen", localized.PositionName(Position.Standing));
        Assert.Equal("Desk break for neck and shoulders", localized.Original.Title);
    }
}
