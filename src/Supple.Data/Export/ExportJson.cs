using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supple.Data;

/// <summary>The JSON form of an <see cref="ExportDocument"/>.</summary>
public static class ExportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        NumberHandling = JsonNumberHandling.Strict,
        AllowTrailingCommas = false,
        Converters = { new OffsetRequiredConverter() },
    };

    /// <summary>Writes the document as indented UTF-8 JSON.</summary>
    public static async Task WriteAsync(ExportDocument document, Stream stream, CancellationToken ct = default) =>
        await JsonSerializer.SerializeAsync(stream, document, Options, ct);

    /// <summary>The document as a JSON string.</summary>
    public static string Write(ExportDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a document; a malformed one throws <see cref="ImportFormatException"/> naming the line and field.</summary>
    public static ExportDocument Read(string json)
    {
        var document = Deserialize(json);
        ExportValidator.ThrowIfInvalid(document);
        return document;
    }

    /// <summary>Reads the JSON into a document, checking its form and types but not yet the fields' values.</summary>
    internal static ExportDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<ExportDocument>(json, Options)
                ?? throw new ImportFormatException(ImportText.Format(ImportText.FileHoldsNull));
        }
        catch (JsonException ex)
        {
            // Said in the file's own terms: the framework's message names .NET types.
            var (field, message) = JsonErrorText.Describe(ex, typeof(ExportDocument), Options, root: ImportText.Format(ImportText.FileTheFile));
            throw new ImportFormatException(
                ex.LineNumber is { } line
                    ? ImportText.Format(ImportText.FileNotValidAtLine, ("line", (line + 1).ToString(CultureInfo.InvariantCulture)), ("field", field), ("message", message))
                    : ImportText.Format(ImportText.FileNotValid, ("field", field), ("message", message)),
                ex);
        }
        catch (ArgumentException ex) when (ex.InnerException is System.Text.EncoderFallbackException)
        {
            // Text with half of a UTF-16 surrogate pair cannot be turned into UTF-8 for the JSON reader.
            throw new ImportFormatException(ImportText.Format(ImportText.FileBrokenCharacter), ex);
        }
    }
}
