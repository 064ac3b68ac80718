using Supple.Core.Content;

namespace Supple.Core.Tests.Content;

/// <summary>Broken programme files: each error names the file, line, column, field and what was expected.</summary>
public sealed class ProgrammeValidationTests
{
    private const string File = "my-routine.yaml";

    // Line numbers of this file are used by the tests below: keep it as it is.
    private const string Valid = """
        title: Test routine
        source: A physiotherapist
        stop-rule: Stop if a stretch is excruciatingly painful and see a doctor.
        disclaimer: This is not medical advice.
        stretches:
          - id: neck-tilt
            name: Neck tilt
            summary: Eases the neck.
            positions: [sitting]
            setup: Sit tall.
            steps:
              - Tilt your head.
            dosage:
              hold: { min: 10, max: 20 }
              reps: 2
              sets: 1
            references: [1]
        references:
          - number: 1
            title: Example
            url: https://example.org/a
        """;

    private static IReadOnlyList<ProgrammeError> Errors(string yaml)
    {
        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.Parse(yaml, File));
        Assert.NotEmpty(ex.Errors);
        Assert.All(ex.Errors, e => Assert.Equal(File, e.File));
        return ex.Errors;
    }

    private static ProgrammeError Single(string yaml) => Assert.Single(Errors(yaml));

    private static string Replace(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid, StringComparison.Ordinal);
        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }

    private static void AssertError(ProgrammeError error, int line, string field, params string[] fragments)
    {
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_valid_base_file_loads()
    {
        var programme = ProgrammeLoader.Parse(Valid, File);
        Assert.Equal("neck-tilt", Assert.Single(programme.Stretches).Id);
    }

    [Fact]
    public void Yaml_syntax_error_names_the_line()
    {
        var error = Single(Replace("name: Neck tilt", "name: Neck: tilt"));
        Assert.Equal(7, error.Line);
        Assert.Equal(15, error.Column);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.Contains("indentation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_bracket_is_a_syntax_error_near_its_line()
    {
        var error = Single(Replace("positions: [sitting]", "positions: [sitting"));
        Assert.InRange(error.Line, 9, 10);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_root_type()
    {
        AssertError(Single("- title: a\n- source: b\n"), 1, "(root)", "Expected the programme's fields", "found a list");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# just a comment\n")]
    public void Empty_file(string yaml)
    {
        AssertError(Single(yaml), 1, "(root)", "The file is empty");
    }

    [Fact]
    public void Missing_required_field_points_at_the_stretch()
    {
        var error = Single(Replace("    name: Neck tilt\n", ""));
        AssertError(error, 6, "stretches[0].name", "required field 'name' is missing", "display name");
        Assert.Equal(5, error.Column);
    }

    [Fact]
    public void Empty_required_field_is_reported()
    {
        AssertError(Single(Replace("name: Neck tilt", "name:")), 7, "stretches[0].name", "'name' is empty");
    }

    [Fact]
    public void Unknown_field_suggests_the_nearest_known_name()
    {
        var errors = Errors(Replace("    steps:\n", "    stepps:\n"));
        Assert.Equal(2, errors.Count);
        AssertError(errors[0], 6, "stretches[0].steps", "required field 'steps' is missing");
        AssertError(errors[1], 11, "stretches[0].stepps", "Unknown field 'stepps' in a stretch", "Did you mean 'steps'?", "Known fields: id, name");
        Assert.Equal(5, errors[1].Column);
    }

    [Fact]
    public void Unknown_top_level_field_with_underscore_suggests_the_hyphenated_name()
    {
        var errors = Errors("stop_rule: x\n" + Replace("stop-rule: Stop if a stretch is excruciatingly painful and see a doctor.\n", ""));
        // Two problems: the misspelt field, and the real one missing (reported where the top level starts).
        Assert.Equal(2, errors.Count);
        AssertError(errors[0], 1, "stop_rule", "Unknown field 'stop_rule' in the programme file.", "Did you mean 'stop-rule'?");
        AssertError(errors[1], 1, "stop-rule", "The required field 'stop-rule' is missing.");
    }

    [Fact]
    public void Text_where_a_number_is_expected()
    {
        var error = Single(Replace("reps: 2", "reps: two"));
        AssertError(error, 15, "stretches[0].dosage.reps", "Expected the number of repetitions as a whole number", "found \"two\"");
        Assert.Equal(13, error.Column);
    }

    [Fact]
    public void Fractions_are_not_whole_numbers()
    {
        AssertError(Single(Replace("reps: 2", "reps: 2.5")), 15, "stretches[0].dosage.reps", "Fractions and exponents are not allowed", "\"2.5\"");
    }

    [Theory]
    [InlineData("hold: 20s", "Write only the number, 20: the unit is implied.")]
    [InlineData("hold: 20 seconds", "Write only the number, 20: the unit is implied.")]
    [InlineData("hold: 10-20", "For a range, write { min: 10, max: 20 }.")]
    [InlineData("hold: 10 to 20 seconds", "For a range, write { min: 10, max: 20 }.")]
    public void Numbers_written_the_way_people_write_them_get_a_hint(string line, string hint)
    {
        AssertError(Single(Replace("hold: { min: 10, max: 20 }", line)), 14, "stretches[0].dosage.hold", hint);
    }

    [Theory]
    [InlineData("\"\\e[2JGone\"", "U+001B")]
    [InlineData("\"Neck\\u202Eflit\"", "U+202E")]
    [InlineData("\"Neck\\0tilt\"", "U+0000")]
    public void Invisible_control_characters_in_text_are_refused(string value, string code)
    {
        AssertError(Single(Replace("name: Neck tilt", "name: " + value)), 7, "stretches[0].name", "invisible control character", code);
    }

    [Fact]
    public void Position_listed_twice()
    {
        AssertError(Single(Replace("positions: [sitting]", "positions: [sitting, sitting]")), 9, "stretches[0].positions[1]",
            "The position 'sitting' is listed twice");
    }

    [Fact]
    public void Zero_hold_is_rejected_with_the_allowed_range()
    {
        var error = Single(Replace("hold: { min: 10, max: 20 }", "hold: { min: 0, max: 20 }"));
        AssertError(error, 14, "stretches[0].dosage.hold.min", "The hold time must be from 1 to 600 seconds; found 0.");
        Assert.Equal(20, error.Column);
    }

    [Fact]
    public void Negative_hold_is_rejected()
    {
        AssertError(Single(Replace("hold: { min: 10, max: 20 }", "hold: -5")), 14, "stretches[0].dosage.hold",
            "The hold time must be from 1 to 600 seconds; found -5.");
    }

    [Fact]
    public void Range_with_min_above_max()
    {
        AssertError(Single(Replace("hold: { min: 10, max: 20 }", "hold: { min: 30, max: 20 }")), 14, "stretches[0].dosage.hold.min",
            "min (30) is greater than max (20)", "{ min: 20, max: 30 }");
    }

    [Fact]
    public void Unknown_position_lists_the_allowed_ones_and_suggests()
    {
        var error = Single(Replace("positions: [sitting]", "positions: [sitting, stand]"));
        AssertError(error, 9, "stretches[0].positions[1]", "Unknown position \"stand\".", "Did you mean \"standing\"?",
            "Allowed: standing, sitting, hands-and-knees, kneeling, floor, chair-edge.");
        Assert.Equal(26, error.Column);
    }

    [Fact]
    public void Unknown_prop_lists_the_allowed_ones()
    {
        var yaml = Replace("positions: [sitting]", "positions: [sitting]\n    props: [[foam-roller, yoga-mat]]");
        AssertError(Single(yaml), 10, "stretches[0].props[0][1]", "Unknown prop \"yoga-mat\".",
            "Allowed: chair, foam-roller, rolled-towel, floor-space.");
    }

    [Fact]
    public void Prop_named_by_one_word_suggests_the_full_name()
    {
        var yaml = Replace("positions: [sitting]", "positions: [sitting]\n    props: towel");
        AssertError(Single(yaml), 10, "stretches[0].props[0]", "Unknown prop \"towel\".", "Did you mean \"rolled-towel\"?");
    }

    [Fact]
    public void Several_positions_without_brackets_get_a_hint_to_write_a_list()
    {
        AssertError(Single(Replace("positions: [sitting]", "positions: sitting, standing")), 9, "stretches[0].positions[0]",
            "To give more than one, write a list in square brackets");
    }

    [Fact]
    public void Citations_are_checked_even_when_a_reference_has_other_errors()
    {
        var errors = Errors(Replace("references: [1]", "references: [9]").Replace("    title: Example\n", "", StringComparison.Ordinal));
        Assert.Equal(["stretches[0].references[0]", "references[0].title"], errors.Select(e => e.Field));
        Assert.Contains("Reference [9] is cited here but not defined", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_side_order()
    {
        var yaml = Replace("      sets: 1\n", "      sets: 1\n      sides: both\n");
        AssertError(Single(yaml), 17, "stretches[0].dosage.sides", "Unknown side order \"both\".",
            "Allowed: none, right-then-left, left-then-right.");
    }

    [Fact]
    public void Empty_step_list()
    {
        AssertError(Single(Replace("    steps:\n      - Tilt your head.\n", "    steps: []\n")), 11, "stretches[0].steps",
            "The list of steps is empty");
    }

    [Fact]
    public void Steps_given_as_one_line_of_text_instead_of_a_list()
    {
        AssertError(Single(Replace("    steps:\n      - Tilt your head.\n", "    steps: Tilt your head.\n")), 11, "stretches[0].steps",
            "Expected a list of steps", "found \"Tilt your head.\"");
    }

    [Fact]
    public void Duplicate_stretch_id_names_the_first_line()
    {
        var second = """
              - id: neck-tilt
                name: Again
                summary: Again.
                positions: [standing]
                setup: Stand.
                steps: [Tilt.]
                dosage: { hold: 5, reps: 1, sets: 1 }
            """;
        var yaml = Replace("references:\n  - number", second + "\nreferences:\n  - number");
        AssertError(Single(yaml), 18, "stretches[1].id", "The id \"neck-tilt\" is already used on line 6");
    }

    [Fact]
    public void Bad_id_format_suggests_a_valid_one()
    {
        AssertError(Single(Replace("id: neck-tilt", "id: Neck Tilt!")), 6, "stretches[0].id",
            "\"Neck Tilt!\" is not a valid id", "lower-case letters, digits and single hyphens", "e.g. \"neck-tilt\"");
    }

    [Fact]
    public void Both_hold_and_flow()
    {
        var yaml = Replace("      reps: 2\n", "      reps: 2\n      flow:\n        - { name: A, instruction: Do a., seconds: 3 }\n        - { name: B, instruction: Do b., seconds: 3 }\n");
        AssertError(Single(yaml), 17, "stretches[0].dosage.flow", "both 'hold' and 'flow'");
    }

    [Fact]
    public void Neither_hold_nor_flow()
    {
        AssertError(Single(Replace("      hold: { min: 10, max: 20 }\n", "")), 14, "stretches[0].dosage",
            "needs either 'hold'", "or 'flow'");
    }

    [Fact]
    public void Flow_with_a_single_phase()
    {
        var yaml = Replace("      hold: { min: 10, max: 20 }\n", "      flow:\n        - { name: Cat, instruction: Round your back., seconds: 3 }\n");
        AssertError(Single(yaml), 15, "stretches[0].dosage.flow", "at least 2 phases", "this one has 1");
    }

    [Fact]
    public void Flow_phase_missing_its_seconds()
    {
        var yaml = Replace("      hold: { min: 10, max: 20 }\n",
            "      flow:\n        - { name: Cat, instruction: Round your back., seconds: 3 }\n        - { name: Camel, instruction: Let your belly sink. }\n");
        AssertError(Single(yaml), 16, "stretches[0].dosage.flow[1].seconds", "required field 'seconds' is missing");
    }

    [Fact]
    public void Reference_cited_but_not_defined()
    {
        var error = Single(Replace("references: [1]", "references: [1, 3]"));
        AssertError(error, 17, "stretches[0].references[1]", "Reference [3] is cited here but not defined", "Defined numbers: 1.");
        Assert.Equal(21, error.Column);
    }

    [Fact]
    public void Invalid_url()
    {
        AssertError(Single(Replace("url: https://example.org/a", "url: example.org/a")), 21, "references[0].url",
            "\"example.org/a\" is not a web address", "https://");
    }

    [Fact]
    public void Non_web_url_scheme_is_rejected()
    {
        AssertError(Single(Replace("url: https://example.org/a", "url: file:///etc/passwd")), 21, "references[0].url", "is not a web address");
    }

    [Fact]
    public void Duplicate_reference_number()
    {
        var yaml = Valid + "\n  - number: 1\n    title: Again\n    url: https://example.org/b\n";
        AssertError(Single(yaml), 22, "references[1].number", "Reference number 1 is already used by the reference on line 19");
    }

    [Fact]
    public void Programme_without_stretches()
    {
        var start = Valid.IndexOf("stretches:", StringComparison.Ordinal);
        var end = Valid.IndexOf("references:\n  -", StringComparison.Ordinal);
        var yaml = Valid[..start] + "stretches: []\n" + Valid[end..].Replace("references:\n  -", "references:\n  -", StringComparison.Ordinal);
        AssertError(Single(yaml), 5, "stretches", "The programme has no stretches");
    }

    [Fact]
    public void Negative_transition()
    {
        var yaml = "transitions:\n  release: -5\n" + Valid;
        var error = Single(yaml);
        AssertError(error, 2, "transitions.release", "This pause must be from 0 to 600 seconds; found -5.");
        Assert.Equal(12, error.Column);
    }

    [Fact]
    public void File_over_one_mebibyte_is_refused_before_parsing()
    {
        var yaml = Valid + "\n# " + new string('x', ProgrammeLoader.MaxFileBytes) + "\n";
        AssertError(Single(yaml), 0, "(file)", "larger than 1024 KiB");
    }

    [Fact]
    public void Multi_byte_text_counts_in_bytes()
    {
        // 400,000 three-byte characters: under the limit in characters, over it in UTF-8 bytes.
        var yaml = Valid + "\n# " + new string('€', 400_000) + "\n";
        AssertError(Single(yaml), 0, "(file)", "larger than");
    }

    [Fact]
    public void Deeply_nested_file_is_refused_without_crashing()
    {
        var yaml = "title: " + new string('[', 10_000) + new string(']', 10_000) + "\n";
        var error = Single(yaml);
        AssertError(error, 1, "title" + string.Concat(Enumerable.Repeat("[0]", ProgrammeLoader.MaxDepth - 1)), "nested too deeply");
    }

    [Fact]
    public void Anchors_and_aliases_are_refused()
    {
        var yaml = Replace("name: Neck tilt", "name: &n Neck tilt\n    cues: [*n]");
        AssertError(Single(yaml), 7, "stretches[0].name", "Anchors (&n) are not supported");
    }

    [Fact]
    public void Field_given_twice()
    {
        var yaml = Replace("    name: Neck tilt\n", "    name: Neck tilt\n    name: Head tilt\n");
        AssertError(Single(yaml), 8, "stretches[0].name", "The field 'name' appears twice");
    }

    [Fact]
    public void Second_yaml_document_is_refused()
    {
        AssertError(Single(Valid + "\n---\ntitle: Other\n"), 22, "(file)", "more than one YAML document");
    }

    [Fact]
    public void Sided_stretch_needs_both_side_prompts()
    {
        var yaml = Replace("      sets: 1\n", "      sets: 1\n      sides: right-then-left\n")
            .Replace("    dosage:\n", "    prompts:\n      left-side: Tilt to the left.\n    dosage:\n", StringComparison.Ordinal);
        AssertError(Single(yaml), 14, "stretches[0].prompts.right-side", "needs a 'right-side' prompt", "sides: right-then-left");
    }

    [Fact]
    public void Side_prompt_on_a_stretch_done_once_is_refused()
    {
        var yaml = Replace("    dosage:\n", "    prompts:\n      right-side: Tilt to the right.\n    dosage:\n");
        AssertError(Single(yaml), 14, "stretches[0].prompts.right-side", "only used when the stretch is done on each side");
    }

    [Fact]
    public void Causes_and_benefits_are_checked_like_stretches()
    {
        var yaml = Valid + """

            causes:
              - id: posture
                name: Poor posture
                description: Slouching.
                references: [4]
              - id: posture
                name: Again
                description: Again.
            benefits:
              - id: flexibility
                name: Improves flexibility
            """;
        var errors = Errors(yaml);
        Assert.Equal(["causes[0].references[0]", "causes[1].id", "benefits[0].description"], errors.Select(e => e.Field));
        Assert.Equal([26, 27, 31], errors.Select(e => e.Line));
        Assert.Contains("Reference [4] is cited here but not defined", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("The id \"posture\" is already used on line 23", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("required field 'description' is missing", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void References_given_as_a_group_instead_of_a_list()
    {
        var yaml = Replace("references:\n  - number: 1", "references:\n  number: 1").Replace("\n    title: Example\n    url: https://example.org/a", "", StringComparison.Ordinal);
        var error = Single(yaml);
        AssertError(error, 19, "references", "Expected a list of references", "found a group of fields");
    }

    [Fact]
    public void Every_error_is_collected_in_file_order()
    {
        var yaml = Valid
            .Replace("title: Test routine", "title: [a, b]", StringComparison.Ordinal)
            .Replace("positions: [sitting]", "positions: [sofa]", StringComparison.Ordinal)
            .Replace("sets: 1", "sets: 0", StringComparison.Ordinal)
            .Replace("url: https://example.org/a", "url: nowhere", StringComparison.Ordinal);
        var errors = Errors(yaml);
        Assert.Equal(["title", "stretches[0].positions[0]", "stretches[0].dosage.sets", "references[0].url"], errors.Select(e => e.Field));
        Assert.Equal([1, 9, 16, 21], errors.Select(e => e.Line));
        Assert.Contains("Expected the programme's title as text, found a list", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_message_lists_every_error_as_file_line_column_field()
    {
        var yaml = Valid.Replace("reps: 2", "reps: two", StringComparison.Ordinal).Replace("sets: 1", "sets: 0", StringComparison.Ordinal);
        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.Parse(yaml, File));
        Assert.Contains("(2 errors)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("my-routine.yaml:15:13: stretches[0].dosage.reps: Expected", ex.Message, StringComparison.Ordinal);
        Assert.Contains("my-routine.yaml:16:13: stretches[0].dosage.sets: The number of sets must be from 1 to 20 sets; found 0.", ex.Message, StringComparison.Ordinal);
    }
}
