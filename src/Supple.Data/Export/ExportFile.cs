using System.Globalization;

namespace Supple.Data;

/// <summary>Reads an export file in either format (JSON when it starts with '{', CSV otherwise).</summary>
public static class ExportFile
{
    /// <summary>The largest file read (a century of daily history is far smaller).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Parses text in either format.</summary>
    public static ExportDocument Parse(string text)
    {
        var document = ParseUnchecked(text);
        ExportValidator.ThrowIfInvalid(document);
        return document;
    }

    private static ExportDocument ParseUnchecked(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return start.Length > 0 && start[0] == '{' ? ExportJson.Deserialize(text) : ExportCsv.ReadRows(text);
    }

    /// <summary>
    /// Reads and parses a file and checks that it could be true (<see cref="ImportRules"/>, against
    /// <paramref name="now"/>); every problem names its line and field.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no such file (a directory is not one either).</exception>
    /// <exception cref="ImportFormatException">The file is not an export, or holds something that cannot be true.</exception>
    public static async Task<ExportDocument> ReadAsync(string path, ImportRules rules, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException(ImportText.Format(Directory.Exists(path) ? ImportText.FileIsFolder : ImportText.FileDoesNotExist, ("path", path)), path);
        }

        if (info.Length > MaxBytes)
        {
            throw new ImportFormatException(ImportText.Format(ImportText.FileTooBig,
                ("path", path), ("size", (info.Length / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)), ("max", (MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture))));
        }

        var text = await File.ReadAllTextAsync(path, ct);
        var document = ParseUnchecked(text);
        ExportValidator.ThrowIfInvalid(document, rules, now, field => ExportLines.LineOf(text, field));
        return document;
    }
}
