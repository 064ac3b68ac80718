namespace Supple.Data.Tests.Faults;

/// <summary>Inputs the import fuzzing found crashing the reader; each must now be refused with an <see cref="ImportFormatException"/>.</summary>
public sealed class ImportParserRegressionTests
{
    // Found by ImportParserFuzzTests: a lone UTF-16 surrogate in JSON text made System.Text.Json throw ArgumentException
    // ("Cannot transcode invalid UTF-16 string to UTF-8 JSON text") instead of the documented ImportFormatException.
    // A [Fact], not theory data: a lone surrogate does not survive the test framework's serialisation of arguments.
    [Fact]
    public void Json_with_half_a_surrogate_pair_is_refused_with_an_import_format_error()
    {
        string[] inputs =
        [
            "{\"format\":\"supple-history\",\"version\":1,\"note\":\"" + '\ud800' + "\"}",
            "{\"format\":\"supple-history" + '\udfff' + "\"}",
            "{" + '\ud800',
        ];
        foreach (var text in inputs)
        {
            var ex = Assert.Throws<ImportFormatException>(() => ExportFile.Parse(text));
            Assert.Contains("surrogate", ex.Message, StringComparison.Ordinal);
        }
    }
}
