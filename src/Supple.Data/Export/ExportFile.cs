namespace Supple.Data;

/// <summary>Reads an export file in either format (JSON when it starts with '{', CSV otherwise).</summary>
public static class ExportFile
{
    /// <summary>The largest file read (a century of daily history is far smaller).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Parses text in either format.</summary>
    public static ExportDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return start.Length > 0 && start[0] == '{' ? ExportJson.Read(text) : ExportCsv.Read(text);
    }

    /// <summary>Reads and parses a file.</summary>
    public static async Task<ExportDocument> ReadAsync(string path, CancellationToken ct = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path} does not exist.", path);
        }

        if (info.Length > MaxBytes)
        {
            throw new ImportFormatException($"{path} is {info.Length / (1024 * 1024)} MB; an export is at most {MaxBytes / (1024 * 1024)} MB.");
        }

        return Parse(await File.ReadAllTextAsync(path, ct));
    }
}
