using Supple.Core.Content;

namespace Supple.Core.Tests.Content;

/// <summary>Dosage placeholders in programme text: {hold}, {reps}, {sets}, {seconds}.</summary>
public sealed class PlaceholderTests
{
    private static string File(string setup, string hold = "hold: { min: 5, max: 10 }", string steps = "[Do it.]") => $"""
        title: T
        source: S
        stop-rule: Stop if it hurts a lot.
        disclaimer: Not medical advice.
        stretches:
          - id: a
            name: A
            summary: Helps.
            positions: [floor]
            setup: "{setup}"
            steps: {steps}
            dosage: {"{"} {hold}, reps: {"{"} min: 2, max: 3 {"}"}, sets: 1 {"}"}
        """;

    [Fact]
    public void Placeholders_are_filled_in_from_the_dosage_in_English()
    {
        var programme = ProgrammeLoader.Parse(File("Hold {hold} seconds, {reps} times, in {sets} set."), "p.yaml");

        Assert.Equal("Hold 5 to 10 seconds, 2 to 3 times, in 1 set.", programme.Stretches[0].Setup);
    }

    [Fact]
    public void The_template_keeps_the_placeholders_and_the_line()
    {
        var template = ProgrammeLoader.ParseTemplate(File("Hold {hold} seconds."), "p.yaml");

        var setup = template.Find("stretches.a.setup")!;
        Assert.Equal("Hold {hold} seconds.", setup.Text);
        Assert.Equal(10, setup.Line);
        Assert.Null(template.Find("stretches.a.prompts.hold")); // left to the default: not the file's own text
    }

    [Fact]
    public void The_built_in_steps_use_placeholders_for_every_dosage_number()
    {
        var template = BuiltInProgramme.Template;

        Assert.Equal("Keep the squeeze for {hold} seconds, then let go.", template.Find("stretches.shoulder-blade-squeeze.steps[2]")!.Text);
        Assert.Equal("Keep the squeeze for 5 to 10 seconds, then let go.", BuiltInProgramme.Instance.Stretches[0].Steps[2]);
        Assert.DoesNotContain(template.Texts, t => t.Key.StartsWith("stretches.", StringComparison.Ordinal) && t.Text.Any(char.IsAsciiDigit));
    }

    [Theory]
    [InlineData("Hold {hlod} seconds.", "Unknown placeholder {hlod}. Did you mean {hold}?")]
    [InlineData("Hold {seconds} seconds.", "Unknown placeholder {seconds}.")]
    [InlineData("Hold {hold seconds.", "broken placeholder \"{hold\": its closing brace is missing")]
    [InlineData("Hold hold} seconds.", "broken placeholder \"hold}\": its opening brace is missing")]
    public void A_wrong_placeholder_is_an_error_with_its_line(string setup, string message)
    {
        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.Parse(File(setup), "p.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("p.yaml", 10, "stretches[0].setup"), (error.File, error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hold_is_not_allowed_in_a_flowing_stretch()
    {
        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.Parse(
            File("Flow {hold}.", hold: "flow: [{ name: Up, instruction: \"Up for {seconds} s.\", seconds: 3 }, { name: Down, instruction: Down., seconds: 3 }]"),
            "p.yaml"));

        Assert.Contains("Unknown placeholder {hold}", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_braces_are_kept_as_written()
    {
        var programme = ProgrammeLoader.Parse(File("{not a placeholder} and {x"), "p.yaml");

        Assert.Equal("{not a placeholder} and {x", programme.Stretches[0].Setup);
    }
}
