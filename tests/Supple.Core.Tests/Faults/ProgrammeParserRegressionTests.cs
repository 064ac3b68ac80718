using Supple.Core.Content;

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
}
