using Supple.Core.Content;

namespace Supple.Core.Tests.Content;

/// <summary>
/// The built-in programme is compiled in (<c>BuiltInProgrammeData.g.cs</c>) so that no command parses YAML to read
/// it; <c>programme.yaml</c> stays the source. These tests fail when the two part.
/// </summary>
public sealed class BuiltInProgrammeDataTests
{
    private const string Generated = "src/Supple.Core/Content/BuiltInProgrammeData.g.cs";

    private static ProgrammeTemplate Parsed => ProgrammeLoader.ParseTemplate(BuiltInProgramme.ReadText(), BuiltInProgramme.Name);

    [Fact]
    public void The_compiled_programme_is_the_file_parsed()
    {
        var compiled = BuiltInProgramme.Template;
        var parsed = Parsed;

        // Every field, as the programme writer spells it out, and every text with its place in the file.
        Assert.Equal(ProgrammeWriter.Write(parsed.English), ProgrammeWriter.Write(compiled.English));
        Assert.Equal(ProgrammeWriter.Write(parsed.Source), ProgrammeWriter.Write(compiled.Source));
        Assert.Equal(parsed.Texts, compiled.Texts);
        Assert.Equal(parsed.Locations.OrderBy(l => l.Key, StringComparer.Ordinal), compiled.Locations.OrderBy(l => l.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_compiled_file_is_what_the_writer_makes_of_programme_yaml()
    {
        GeneratedSource.AssertCommittedOrWrite(Generated, ProgrammeSourceWriter.Write(Parsed), "programme.yaml", nameof(BuiltInProgrammeDataTests));
    }

    [Fact]
    public void The_writer_keeps_quotes_backslashes_line_breaks_and_accents_in_texts()
    {
        var template = Parsed;
        var source = template.Source with { Title = "Quote \" back\\slash\nnew line – “accents” é", Disclaimer = "tab\there" };
        var code = ProgrammeSourceWriter.Write(new ProgrammeTemplate("x", source, template.Locations));

        Assert.Contains("\"Quote \\\" back\\\\slash\\nnew line – “accents” é\"", code, StringComparison.Ordinal);
        Assert.Contains("\"tab\\there\"", code, StringComparison.Ordinal);
    }
}
