using System.Text.Json;
using Supple.Core.Content;

namespace Supple.Core.Tests.Content;

/// <summary>Programme files a user writes, and programmes written back out as files.</summary>
public sealed class CustomProgrammeTests
{
    private static string RepoFile(string relative) => RepoPaths.File(relative);

    [Fact]
    public void Physiotherapist_example_file_loads()
    {
        var path = RepoFile("examples/physio-neck-routine.yaml");
        var programme = ProgrammeLoader.Parse(System.IO.File.ReadAllText(path), "physio-neck-routine.yaml");

        Assert.Equal("Desk break for neck and shoulders", programme.Title);
        Assert.Equal(["shoulder-blade-squeeze", "upper-trapezius-stretch", "chest-opener"], programme.Stretches.Select(s => s.Id));
        Assert.Equal(new Transitions(5, 5, 5, 10), programme.Transitions);

        var trapezius = programme.FindStretch("upper-trapezius-stretch")!;
        Assert.Equal(SideOrder.RightThenLeft, trapezius.Dosage.Sides);
        Assert.Equal(CountRange.Exactly(20), trapezius.Dosage.Hold);
        Assert.Equal(new CountRange(1, 2), trapezius.Dosage.Reps);
        Assert.Equal([1], trapezius.ReferenceNumbers);
        Assert.Equal([Position.Sitting], trapezius.Positions);

        // The chest opener gives no prompts and no references: the defaults apply.
        var chest = programme.FindStretch("chest-opener")!;
        Assert.Equal("Hold the stretch.", chest.Prompts.Hold);
        Assert.Null(chest.Prompts.RightSide);
        Assert.Empty(chest.ReferenceNumbers);
        Assert.Empty(chest.Props);

        Assert.Empty(programme.Causes);
        Assert.Empty(programme.Benefits);
        Assert.Contains("excruciatingly painful", programme.StopRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_sections_take_their_defaults()
    {
        var programme = ProgrammeLoader.Parse("""
            title: Minimal
            source: Me
            stop-rule: Stop if it hurts a lot.
            disclaimer: Not medical advice.
            stretches:
              - id: a
                name: A
                summary: A stretch.
                positions: standing
                setup: Stand.
                steps: [Do it.]
                dosage: { hold: 10, reps: 1, sets: 1 }
            """, "minimal.yaml");

        Assert.Equal(new Transitions(10, 5, 5, 10), programme.Transitions);
        Assert.Equal("", programme.DailyAdvice);
        Assert.Equal("", programme.ClosingAdvice);
        Assert.Empty(programme.References);
        Assert.Equal([Position.Standing], programme.Stretches[0].Positions);
        Assert.Equal(SideOrder.None, programme.Stretches[0].Dosage.Sides);
    }

    [Fact]
    public void Folded_text_is_read_as_one_line()
    {
        var summary = BuiltInProgramme.Instance.FindStretch("shoulder-blade-squeeze")!.Summary;
        Assert.DoesNotContain('\n', summary);
        Assert.DoesNotContain("  ", summary, StringComparison.Ordinal);
        Assert.StartsWith("A good first stretch:", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_in_programme_round_trips_through_the_writer()
    {
        var original = BuiltInProgramme.Instance;
        var text = ProgrammeWriter.Write(original);
        var reread = ProgrammeLoader.Parse(text, "exported.yaml");

        Assert.Equal(Canonical(original), Canonical(reread));
        Assert.Equal(text, ProgrammeWriter.Write(reread));
    }

    [Fact]
    public void Round_trip_keeps_the_articles_facts()
    {
        var reread = ProgrammeLoader.Parse(ProgrammeWriter.Write(BuiltInProgramme.Instance), "exported.yaml");

        var twist = reread.FindStretch("seated-twist")!;
        Assert.Equal((20, 30), (twist.Dosage.Hold!.Min, twist.Dosage.Hold.Max));
        Assert.Equal((2, 3), (twist.Dosage.Sets.Min, twist.Dosage.Sets.Max));
        Assert.Equal(SideOrder.LeftThenRight, twist.Dosage.Sides);
        var thoracic = reread.FindStretch("thoracic-extension")!;
        Assert.Equal([Prop.FoamRoller, Prop.RolledTowel], thoracic.Props[0].AnyOf);
        Assert.Equal([7], thoracic.ReferenceNumbers);
        Assert.Equal(["Cat", "Camel"], reread.FindStretch("cat-camel")!.Dosage.Flow!.Phases.Select(p => p.Name));
        Assert.Equal("https://www.ncbi.nlm.nih.gov/books/NBK560772/", reread.FindReference(3)!.Url.OriginalString);
    }

    [Fact]
    public void Text_that_needs_quoting_survives_the_round_trip()
    {
        var original = ProgrammeLoader.Parse("""
            title: "Routine: #1 - 'quotes' & colons"
            source: "- starts with a dash"
            stop-rule: "null"
            disclaimer: "123"
            stretches:
              - id: a
                name: "yes"
                summary: "[not a list]"
                positions: [floor]
                setup: "{not a map}"
                steps: ["key: value", "# not a comment", "~"]
                dosage: { hold: 10, reps: 1, sets: 1 }
            """, "tricky.yaml");
        var reread = ProgrammeLoader.Parse(ProgrammeWriter.Write(original), "exported.yaml");

        Assert.Equal(Canonical(original), Canonical(reread));
        Assert.Equal("null", reread.StopRule);
        Assert.Equal("~", reread.Stretches[0].Steps[2]);
    }

    [Fact]
    public void Documented_error_example_matches_the_real_output()
    {
        var doc = System.IO.File.ReadAllText(RepoFile("docs/PROGRAMME-FILES.md"));
        var example = doc[doc.IndexOf("For this file:", StringComparison.Ordinal)..];
        var yaml = Block(example, "```yaml\n");
        var expected = Block(example, "```text\n");

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.Parse(yaml, "my-routine.yaml"));
        Assert.Equal(expected.TrimEnd(), ex.Message.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Documented_format_example_loads()
    {
        var doc = System.IO.File.ReadAllText(RepoFile("docs/PROGRAMME-FILES.md"));
        var yaml = Block(doc[doc.IndexOf("## The format in one example", StringComparison.Ordinal)..], "```yaml\n");
        var programme = ProgrammeLoader.Parse(yaml, "example.yaml");
        Assert.Equal(SideOrder.RightThenLeft, programme.Stretches[0].Dosage.Sides);
    }

    private static string Block(string text, string fence)
    {
        var start = text.IndexOf(fence, StringComparison.Ordinal) + fence.Length;
        var end = text.IndexOf("```", start, StringComparison.Ordinal);
        return text[start..end];
    }

    private static string Canonical(Programme programme) => JsonSerializer.Serialize(programme);
}
