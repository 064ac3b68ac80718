using Supple.Core.Content;

namespace Supple.Core.Tests.Content;

/// <summary>Damaged files of every kind end in a <see cref="ProgrammeValidationException"/>, never in another exception.</summary>
public sealed class ProgrammeRobustnessTests
{
    private static readonly string BuiltIn = BuiltInProgramme.ReadText();

    private static void AssertLoadsOrExplains(string yaml)
    {
        try
        {
            ProgrammeLoader.Parse(yaml, "damaged.yaml");
        }
        catch (ProgrammeValidationException ex)
        {
            Assert.NotEmpty(ex.Errors);
            foreach (var error in ex.Errors)
            {
                Assert.Equal("damaged.yaml", error.File);
                Assert.InRange(error.Line, 0, yaml.Count(c => c == '\n') + 2);
                Assert.False(string.IsNullOrWhiteSpace(error.Field), error.ToString());
                Assert.False(string.IsNullOrWhiteSpace(error.Message), error.ToString());
            }
        }
    }

    [Fact]
    public void Every_truncation_of_the_built_in_file_loads_or_explains()
    {
        var lines = BuiltIn.Split('\n');
        for (var count = 0; count < lines.Length; count++)
        {
            AssertLoadsOrExplains(string.Join('\n', lines[..count]));
        }
    }

    [Fact]
    public void Random_character_damage_loads_or_explains()
    {
        var random = new Random(20261126);
        const string Alphabet = "-:[]{}#&*!|>'\"%@`,? \t\na0~";
        for (var round = 0; round < 250; round++)
        {
            var chars = BuiltIn.ToCharArray();
            for (var k = 0; k < 1 + (round % 4); k++)
            {
                chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            }

            AssertLoadsOrExplains(new string(chars));
        }
    }

    [Fact]
    public void Removing_any_one_line_loads_or_explains()
    {
        var lines = BuiltIn.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            AssertLoadsOrExplains(string.Join('\n', lines.Take(i).Concat(lines.Skip(i + 1))));
        }
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\uFEFFtitle: x")]
    [InlineData("%YAML 1.1\n---\ntitle: x\n")]
    [InlineData("!!binary aGVsbG8=")]
    [InlineData("? [a, b]\n: c\n")]
    [InlineData("{")]
    [InlineData("'")]
    [InlineData("stretches: [{id: a, dosage: {hold: 99999999999999999999}}]")]
    [InlineData("stretches:\n  - !!map {}\n")]
    public void Odd_inputs_load_or_explain(string yaml)
    {
        AssertLoadsOrExplains(yaml);
    }
}
