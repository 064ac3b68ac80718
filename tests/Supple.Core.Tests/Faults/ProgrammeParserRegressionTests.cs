using Supple.Core.Content;
using Supple.Tests.Faults;

namespace Supple.Core.Tests.Faults;

/// <summary>Inputs the programme-file fuzzing found crashing the loader; each must now be refused with a validation error.</summary>
public sealed class ProgrammeParserRegressionTests
{
    [Theory]
    // Found by ProgrammeParserFuzzTests (long run): a mapping whose key is empty, indented, with a plain scalar value.
    // YamlDotNet's tree builder threw ArgumentException ("The current event is of an unsupported type").
    [InlineData("      : \u5ea7\ue182\uc922\u4d8e\ue1a4\u57e2\ue818\u2e1f\u8a36\ue4a2")]
    // Smaller forms of the same input.
    [InlineData("      : x")]
    [InlineData("  : \u5ea7")]
    [InlineData("  : \ue182")]
    [InlineData("  : \u2e1f")]
    [InlineData("  : \u5ea7\ue182\uc922\u4d8e")]
    public void Crashing_input_is_refused_with_a_validation_error(string yaml)
    {
        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.Parse(yaml, "regression.yaml"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("regression.yaml", error.File);
        Assert.Contains("name before its ':'", error.Message, StringComparison.Ordinal);
    }

    // Found by ProgrammeParserFuzzTests (in the full suite run): a '!!seq' tag glued to a flow sequence made
    // YamlDotNet's parser throw ArgumentException ("Global tags must be valid URIs") inside the preflight.
    [Fact]
    public void A_tag_glued_to_a_flow_sequence_is_refused_with_a_validation_error()
    {
        Damage[] found =
        [
            new(DamageKind.Insert, 0.5275, 28, "!!seq"),
            new(DamageKind.SwapLines, 0.2790, 50, "?"),
            new(DamageKind.Indent, 0.6003, 152, "\""),
            new(DamageKind.SwapLines, 0.9142, 98, "[[[[[[[[[["),
        ];
        string[] inputs = [Damage.ApplyAll(ProgrammeParserFuzzTests.Small, found), "a: [!!seq[]", "[!!seq[", "- [!!seq,"];
        foreach (var yaml in inputs)
        {
            var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.Parse(yaml, "regression.yaml"));
            Assert.All(ex.Errors, e => Assert.Equal("regression.yaml", e.File));
        }
    }
}
